package org.anju.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.fund.DeveloperCharges;
import org.anju.fund.FundTodo;
import org.anju.fund.FundUsages;
import org.anju.fund.FundView.DeveloperCharge;
import org.anju.fund.FundView.Posted;
import org.anju.fund.FundView.TodoItem;
import org.anju.fund.FundView.YearStatement;
import org.anju.fund.YearStatements;
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

/** The fund's second cut (issue 8): developers' charges for unsold houses, yearly statements, improvement, to-do. */
@RestController
@RequestMapping("/api/v1/fund")
@Tag(name = "fund")
class FundYearApi {

    /** Body of POST /api/v1/fund/developer-charges. */
    record ChargeRequest(Long estateId, LocalDate deliveredOn, String reference) {
    }

    /** Body of POST /api/v1/fund/developer-charges/{id}/payment. */
    record PaymentRequest(LocalDate paidOn) {
    }

    /** Body of POST /api/v1/fund/statements. */
    record StatementRequest(Long estateId, Integer year) {
    }

    /** What an estate may still spend on improvement. */
    record Improvement(long estateId, BigDecimal available) {
    }

    private final DeveloperCharges charges;
    private final YearStatements statements;
    private final FundUsages usages;
    private final FundTodo todo;

    FundYearApi(DeveloperCharges charges, YearStatements statements, FundUsages usages, FundTodo todo) {
        this.charges = charges;
        this.statements = statements;
        this.usages = usages;
        this.todo = todo;
    }

    @GetMapping("/developer-charges")
    @Operation(summary = "开发企业未售房屋维修资金: 收缴通知及其缴纳情况 (政府部门)")
    PageResult<DeveloperCharge> charges(@RequestParam(required = false) Long estateId,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return charges.list(estateId, PageRequest.of(page, size));
    }

    @PostMapping("/developer-charges")
    @Operation(summary = "向开发企业收缴未售房屋的首次维修资金 (县住建局); 同一小区同一 reference 只收缴一次")
    ResponseEntity<DeveloperCharge> charge(@RequestBody ChargeRequest body) {
        DeveloperCharge c = charges.charge(new DeveloperCharges.NewCharge(body.estateId(), body.deliveredOn(),
                body.reference()));
        return ResponseEntity.created(URI.create("/api/v1/fund/developer-charges/" + c.id())).body(c);
    }

    @PostMapping("/developer-charges/{id}/payment")
    @Operation(summary = "开发企业缴清: 一笔交存凭证记入同一日记账; 重复提交不重复记账")
    ResponseEntity<Posted> pay(@PathVariable long id, @RequestBody(required = false) PaymentRequest body) {
        Posted p = charges.pay(id, body == null ? null : body.paidOn());
        return ResponseEntity.status(p.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(p);
    }

    @GetMapping("/statements")
    @Operation(summary = "维修资金年度公布 (管辖范围内; 业主: 本人房屋所在小区)")
    PageResult<YearStatement> statements(@RequestParam(required = false) Long estateId,
                                         @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return statements.list(estateId, year, PageRequest.of(page, size));
    }

    @PostMapping("/statements")
    @Operation(summary = "生成一个小区上一年度 (或更早) 的年度公布 (县住建局); 每小区每年一次")
    ResponseEntity<YearStatement> generate(@RequestBody StatementRequest body) {
        YearStatement s = statements.generate(body.estateId(), body.year());
        return ResponseEntity.status(s.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(s);
    }

    @GetMapping("/improvement")
    @Operation(summary = "超出活期利率部分的增值收益中尚可用于物业提升的金额")
    Improvement improvement(@RequestParam long estateId) {
        return new Improvement(estateId, usages.improvementAvailable(estateId));
    }

    @GetMapping("/todo")
    @Operation(summary = "维修资金待办: 逾期应急申请、待审核、对账告警、开发企业逾期、年度公布、续筹")
    List<TodoItem> todo() {
        return todo.items();
    }
}
