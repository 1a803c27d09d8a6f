package org.anju.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.fund.DepositKind;
import org.anju.fund.Exclusion;
import org.anju.fund.FundChecks;
import org.anju.fund.FundIncome;
import org.anju.fund.FundLedger;
import org.anju.fund.FundUsages;
import org.anju.fund.IncomeBatches;
import org.anju.fund.FundView.Account;
import org.anju.fund.FundView.Check;
import org.anju.fund.FundView.Income;
import org.anju.fund.FundView.IncomeBatch;
import org.anju.fund.FundView.Posted;
import org.anju.fund.FundView.Statement;
import org.anju.fund.FundView.Usage;
import org.anju.fund.FundView.UsageDetail;
import org.anju.fund.Payer;
import org.anju.fund.UsageAction;
import org.anju.fund.UsageKind;
import org.anju.fund.UsageStatus;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The maintenance fund's API (issue 8; the paths are a stable contract). */
@RestController
@RequestMapping("/api/v1/fund")
@Tag(name = "fund", description = "住宅专项维修资金: 分户账、交存、利息分配、使用、对账")
class FundApi {

    /** Body of POST /api/v1/fund/deposits. */
    record DepositRequest(Long houseId, BigDecimal amount, DepositKind kind, Payer payer, LocalDate paidOn,
                          String filingRef, String idempotencyKey, BigDecimal publicPrice) {
    }

    /** Body of POST /api/v1/fund/usages. */
    record UsageRequest(Long estateId, UsageKind kind, String title, String emergencyItem, BigDecimal budget,
                        String contractor, String decisionRef, List<Long> houseIds, String idempotencyKey) {
    }

    /** Body of POST /api/v1/fund/usages/{id}/actions. */
    record ActionRequest(UsageAction action, BigDecimal amount, String reason, Exclusion exclusion,
                         String idempotencyKey) {
    }

    /** Body of POST /api/v1/fund/income-allocations. */
    record AllocationRequest(Long estateId, LocalDate periodStart, LocalDate periodEnd, BigDecimal ratePercent,
                             BigDecimal total) {
    }

    /** Body of POST /api/v1/fund/income-batches. */
    record BatchRequest(LocalDate periodStart, LocalDate periodEnd, BigDecimal ratePercent) {
    }

    private final FundLedger ledger;
    private final FundIncome income;
    private final IncomeBatches batches;
    private final FundUsages usages;
    private final FundChecks checks;

    FundApi(FundLedger ledger, FundIncome income, IncomeBatches batches, FundUsages usages, FundChecks checks) {
        this.ledger = ledger;
        this.income = income;
        this.batches = batches;
        this.usages = usages;
        this.checks = checks;
    }

    @GetMapping("/accounts")
    @Operation(summary = "分页查询管辖范围内的分户账及余额 (业主仅见本人房屋), 按物业管理区域和楼栋归集;"
            + " areaId 只列一个物业管理区域的; topUpOnly=true 只列需续筹的")
    PageResult<Account> accounts(@RequestParam(required = false) Long estateId,
                                 @RequestParam(required = false) Long townshipId,
                                 @RequestParam(required = false) Long communityId,
                                 @RequestParam(required = false) Long areaId,
                                 @RequestParam(required = false) Boolean topUpOnly,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return ledger.accounts(townshipId, communityId, estateId, areaId, topUpOnly, sort, PageRequest.of(page, size));
    }

    @GetMapping("/accounts/{houseId}/entries")
    @Operation(summary = "一户分户账的收支明细 (新在前); 不在管辖范围内为 404")
    Statement entries(@PathVariable long houseId, @RequestParam(required = false) Integer page,
                      @RequestParam(required = false) Integer size) {
        return ledger.statement(houseId, PageRequest.of(page, size));
    }

    @PostMapping("/deposits")
    @Operation(summary = "交存 (县住建局); 首次交存未填金额时按县定标准计算 (售后公房: publicPrice 为房改成本价或售房款); "
            + "同一 idempotencyKey 重复提交不重复记账; paidOn 落在已结息期间 (结账) 内为 422")
    ResponseEntity<Posted> deposit(@RequestBody DepositRequest body) {
        Posted p = ledger.deposit(new FundLedger.NewDeposit(body.houseId(), body.amount(), body.kind(), body.payer(),
                body.paidOn(), body.filingRef(), body.idempotencyKey(), body.publicPrice()));
        return ResponseEntity.status(p.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/fund/accounts/" + body.houseId() + "/entries")).body(p);
    }

    @GetMapping("/usages")
    @Operation(summary = "分页查询维修资金使用 (一般/应急)")
    PageResult<Usage> usages(@RequestParam(required = false) Long estateId,
                             @RequestParam(required = false) Long townshipId,
                             @RequestParam(required = false) UsageKind kind,
                             @RequestParam(required = false) UsageStatus status,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return usages.list(townshipId, estateId, kind, status, PageRequest.of(page, size));
    }

    @GetMapping("/usages/{id}")
    @Operation(summary = "使用详情: 时间线与分摊; 不在管辖范围内为 404")
    UsageDetail usage(@PathVariable long id) {
        return usages.get(id);
    }

    @PostMapping("/usages")
    @Operation(summary = "申请使用: kind=ORDINARY (须 decisionRef 业主共同决定) 或 EMERGENCY (应急, 须 emergencyItem)")
    ResponseEntity<Usage> apply(@RequestBody UsageRequest body) {
        Usage u = usages.apply(new FundUsages.NewUsage(body.estateId(), body.kind(), body.title(),
                body.emergencyItem(), body.budget(), body.contractor(), body.decisionRef(), body.houseIds(),
                body.idempotencyKey()));
        return ResponseEntity.created(URI.create("/api/v1/fund/usages/" + u.id())).body(u);
    }

    @PostMapping("/usages/{id}/actions")
    @Operation(summary = "审核与支付: RECORD_DECISION, APPROVE, REJECT, PAY, REFUND, COMPLETE, CANCEL")
    Usage act(@PathVariable long id, @RequestBody ActionRequest body) {
        return usages.act(id, new FundUsages.Act(body.action(), body.amount(), body.reason(), body.exclusion(),
                body.idempotencyKey()));
    }

    @PostMapping("/income-allocations")
    @Operation(summary = "按余额和天数分配一个期间的利息 (县住建局); 同一小区同一期间只分配一次;"
            + " 结息按期间先后进行, 已结息期间之前的期间为 422")
    ResponseEntity<Income> allocate(@RequestBody AllocationRequest body) {
        Income i = income.allocate(new FundIncome.NewAllocation(body.estateId(), body.periodStart(), body.periodEnd(),
                body.ratePercent(), body.total()));
        return ResponseEntity.status(i.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(i);
    }

    @PostMapping("/income-batches")
    @Operation(summary = "批量结息 (县住建局): 一个期间的利息一次分配到全县已建账小区, 全部成功或全部不做;"
            + " 已分配过同一期间的小区不再分配, 与其他期间重叠或已结息至更晚的小区跳过并计数 (overlapping)")
    ResponseEntity<IncomeBatch> allocateAll(@RequestBody BatchRequest body) {
        IncomeBatch b = batches.allocate(new IncomeBatches.NewBatch(body.periodStart(), body.periodEnd(),
                body.ratePercent()));
        return ResponseEntity.status(b.estates() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(b);
    }

    @GetMapping("/income-batches")
    @Operation(summary = "批量结息记录 (政府用户; 乡镇看到覆盖本乡镇的批次)")
    PageResult<IncomeBatch> batches(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return batches.batches(PageRequest.of(page, size));
    }

    @GetMapping("/check")
    @Operation(summary = "对账: 分户账合计 = 专户余额 = 日记账合计, 每笔凭证借贷平衡; 有差异即告警")
    Check check() {
        return checks.run();
    }
}
