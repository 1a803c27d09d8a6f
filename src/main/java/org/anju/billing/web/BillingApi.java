package org.anju.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.billing.BillStatus;
import org.anju.billing.BillingView.Batch;
import org.anju.billing.BillingView.Bill;
import org.anju.billing.BillingView.BillDetail;
import org.anju.billing.BillingView.CollectionRate;
import org.anju.billing.BillingView.CommonAccount;
import org.anju.billing.BillingView.FeeItem;
import org.anju.billing.BillingView.Statement;
import org.anju.billing.Bills;
import org.anju.billing.CollectionRates;
import org.anju.billing.CommonIncome;
import org.anju.billing.FeeBasis;
import org.anju.billing.FeeKind;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Property fees: fee items, the monthly batch, bills, statements, collection rates, common income. */
@RestController
@RequestMapping("/api/v1/bills")
@Tag(name = "billing", description = "物业费: 收费项目、按月批量出账、账单、对账单、收缴率、共有部分经营收益")
class BillingApi {

    /** Body of POST /api/v1/bills/fee-items. */
    record FeeItemRequest(Long estateId, FeeKind kind, FeeBasis basis, String name, BigDecimal unitPrice,
                          LocalDate validFrom, LocalDate validTo) {
    }

    /** Body of POST /api/v1/bills/fee-items/from-contract. */
    record FromContractRequest(Long estateId, LocalDate validFrom) {
    }

    /** Body of PUT /api/v1/bills/fee-items/{id}/spaces. */
    record SpacesRequest(Long houseId, Integer spaces) {
    }

    /** Body of POST /api/v1/bills/batches. */
    record BatchRequest(Long estateId, String period, LocalDate dueOn, String idempotencyKey) {
    }

    /** Body of POST /api/v1/bills/common-income. */
    record CommonRequest(Long estateId, Boolean income, CommonIncome.Category category, BigDecimal amount,
                         LocalDate occurredOn, String note) {
    }

    private final Bills bills;
    private final CollectionRates rates;
    private final CommonIncome common;

    BillingApi(Bills bills, CollectionRates rates, CommonIncome common) {
        this.bills = bills;
        this.rates = rates;
        this.common = common;
    }

    @GetMapping
    @Operation(summary = "分页查询账单 (业主仅本人房屋); status: UNPAID, OVERDUE, PAID; period: yyyy-MM")
    PageResult<Bill> list(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long houseId,
                          @RequestParam(required = false) String period,
                          @RequestParam(required = false) BillStatus status,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return bills.bills(estateId, houseId, period, status, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "账单详情及缴费记录; 不在管辖范围内为 404")
    BillDetail get(@PathVariable long id) {
        return bills.bill(id);
    }

    @GetMapping("/statement")
    @Operation(summary = "一套房屋的对账单 (业主仅本人房屋, 否则 404)")
    Statement statement(@RequestParam long houseId) {
        return bills.statement(houseId);
    }

    @GetMapping("/mine")
    @Operation(summary = "业主本人全部房屋的对账单")
    List<Statement> mine() {
        return bills.myStatements();
    }

    @GetMapping("/fee-items")
    @Operation(summary = "分页查询收费项目")
    PageResult<FeeItem> feeItems(@RequestParam(required = false) Long estateId,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return bills.feeItems(estateId, PageRequest.of(page, size));
    }

    @GetMapping("/fee-items/{id}")
    @Operation(summary = "收费项目详情")
    FeeItem feeItem(@PathVariable long id) {
        return bills.feeItem(id);
    }

    @PostMapping("/fee-items")
    @Operation(summary = "物业服务企业为其项目设收费项目 (按面积/按户/按车位, 单价保留 4 位小数)")
    ResponseEntity<FeeItem> addFeeItem(@RequestBody FeeItemRequest body) {
        FeeItem f = bills.addFeeItem(new Bills.NewFeeItem(body.estateId(), body.kind(), body.basis(), body.name(),
                body.unitPrice(), body.validFrom(), body.validTo()));
        return ResponseEntity.created(URI.create("/api/v1/bills/fee-items/" + f.id())).body(f);
    }

    @PostMapping("/fee-items/from-contract")
    @Operation(summary = "按项目合同收费项目 (市场模块) 生成自某月起的收费项目; 已按合同价生效的不重复生成")
    List<FeeItem> fromContract(@RequestBody FromContractRequest body) {
        return bills.feeItemsFromContract(body.estateId(), body.validFrom());
    }

    @PutMapping("/fee-items/{id}/spaces")
    @Operation(summary = "为按车位计费的项目登记某房屋租用的车位数")
    FeeItem spaces(@PathVariable long id, @RequestBody SpacesRequest body) {
        return bills.putSpaces(id, body.houseId(), body.spaces());
    }

    @PostMapping("/batches")
    @Operation(summary = "按月批量出账 (幂等: 相同 idempotencyKey 返回首次结果; 同一房屋同月同项目只出一张)")
    Batch generate(@RequestBody BatchRequest body) {
        return bills.generate(new Bills.NewBatch(body.estateId(), body.period(), body.dueOn(), body.idempotencyKey()));
    }

    @GetMapping("/collection")
    @Operation(summary = "收缴率 (按小区或企业, from/to 为 yyyy-MM), 收缴率低者在前")
    List<CollectionRate> collection(@RequestParam(defaultValue = "ESTATE") CollectionRates.By by,
                                    @RequestParam(required = false) Long estateId,
                                    @RequestParam(required = false) Long companyId,
                                    @RequestParam String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return rates.rates(by, estateId, companyId, from, to, PageRequest.of(page, size));
    }

    @GetMapping("/common-income")
    @Operation(summary = "小区共有部分经营收益台账 (某年)")
    CommonAccount commonIncome(@RequestParam long estateId, @RequestParam int year) {
        return common.account(estateId, year);
    }

    @PostMapping("/common-income")
    @Operation(summary = "物业服务企业记录共有部分经营收入或成本")
    CommonAccount recordCommon(@RequestBody CommonRequest body) {
        return common.record(new CommonIncome.NewEntry(body.estateId(), body.income(), body.category(), body.amount(),
                body.occurredOn(), body.note()));
    }
}
