package org.anju.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.anju.billing.BillingSettings;
import org.anju.billing.BillingView.FundTransfer;
import org.anju.identity.CountyLimits.Limit;
import org.anju.billing.CommonIncome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Common income into the maintenance fund, and the county's arrears limits (issue 12, second cut). */
@RestController
@Tag(name = "billing")
class CommonTransferApi {

    /** Body of POST /api/v1/bills/common-income/fund-transfers. */
    record TransferRequest(Long estateId, BigDecimal amount, String decisionRef, String note,
                           String idempotencyKey) {
    }

    /** Body of PUT /api/v1/arrears/limits/{name}. */
    record LimitRequest(Integer value) {
    }

    private final CommonIncome common;
    private final BillingSettings settings;

    CommonTransferApi(CommonIncome common, BillingSettings settings) {
        this.common = common;
        this.settings = settings;
    }

    @GetMapping("/api/v1/bills/common-income/fund-transfers")
    @Operation(summary = "某年共有收益转入维修资金的记录")
    List<FundTransfer> transfers(@RequestParam long estateId, @RequestParam int year) {
        return common.transfers(estateId, year);
    }

    @PostMapping("/api/v1/bills/common-income/fund-transfers")
    @Operation(summary = "按业主共同决定将共有收益转入维修资金 (不超过账户余额; 同一 idempotencyKey 只转一次)")
    ResponseEntity<FundTransfer> transfer(@RequestBody TransferRequest body) {
        FundTransfer t = common.transferToFund(new CommonIncome.NewTransfer(body.estateId(), body.amount(),
                body.decisionRef(), body.note(), body.idempotencyKey()));
        return ResponseEntity.status(t.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(t);
    }

    @GetMapping("/api/v1/arrears/limits")
    @Operation(summary = "书面催告期限的上下限 (县定, 出厂默认值)")
    List<Limit> limits() {
        return settings.all();
    }

    @PutMapping("/api/v1/arrears/limits/{name}")
    @Operation(summary = "县住建局修改催告期限 (留痕)")
    List<Limit> change(@PathVariable String name, @RequestBody LimitRequest body) {
        return settings.change(name, body.value());
    }
}
