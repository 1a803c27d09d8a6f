package org.anju.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.anju.credit.CreditBook;
import org.anju.credit.CreditScheme;
import org.anju.credit.CreditSource;
import org.anju.credit.CreditView.Company;
import org.anju.credit.CreditView.Event;
import org.anju.credit.CreditView.Manager;
import org.anju.credit.CreditView.Objection;
import org.anju.credit.CreditView.Scheme;
import org.anju.credit.EventStatus;
import org.anju.credit.ObjectionStatus;
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

/** Credit of property companies: score, grade and events; entries, objections, repair, the scheme. */
@RestController
@RequestMapping("/api/v1/credit")
@Tag(name = "credit", description = "物业服务企业信用评价")
class CreditApi {

    /** Body of POST /api/v1/credit/events. */
    record EntryRequest(Long companyId, String ruleCode, LocalDate occurredOn, String sourceRef, String summary,
                        String managerName) {
    }

    /** Body of POST /api/v1/credit/breaches. */
    record BreachRequest(Long projectId, LocalDate occurredOn, String breached, String sourceRef) {
    }

    /** Body of POST /api/v1/credit/events/{id}/objection. */
    record ObjectionRequest(String reason) {
    }

    /** Body of POST /api/v1/credit/objections/{id}/answer. */
    record AnswerRequest(CreditBook.Decision decision, String answer) {
    }

    /** Body of POST /api/v1/credit/events/{id}/repair. */
    record RepairRequest(String note) {
    }

    /** Body of PUT /api/v1/credit/rules/{code}. */
    record RuleRequest(BigDecimal points, Integer validityMonths, Boolean veto) {
    }

    private final CreditBook book;

    CreditApi(CreditBook book) {
        this.book = book;
    }

    @GetMapping("/companies/{id}")
    @Operation(summary = "企业信用: 得分 (基础分+加分-扣分)、等级、红黑榜、每条信用信息及其来源、异议和等级变化")
    Company company(@PathVariable long id) {
        return book.company(id);
    }

    @GetMapping("/managers/{id}")
    @Operation(summary = "项目经理信用: 按企业评价办法计算的得分、等级和记在其名下的每条信用信息 (可见范围同其企业)")
    Manager manager(@PathVariable long id) {
        return book.manager(id);
    }

    @PostMapping("/breaches")
    @Operation(summary = "记录违约: 县住建局对本县、乡镇对本辖区的物业项目记录违反物业服务合同的事实 (日期、违约内容、文书编号)")
    ResponseEntity<Event> breach(@RequestBody BreachRequest body) {
        Event e = book.breach(new CreditBook.Breach(body.projectId(), body.occurredOn(), body.breached(),
                body.sourceRef()));
        return ResponseEntity.created(URI.create("/api/v1/credit/events/" + e.id())).body(e);
    }

    @GetMapping("/events")
    @Operation(summary = "分页查询信用信息 (县住建局: 全部; 乡镇: 服务本辖区的企业; 企业: 本企业)")
    PageResult<Event> events(@RequestParam(required = false) Long companyId,
                             @RequestParam(required = false) CreditSource source,
                             @RequestParam(required = false) EventStatus status,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return book.events(companyId, source, status, PageRequest.of(page, size));
    }

    @PostMapping("/events")
    @Operation(summary = "录入信用信息: 县住建局录入处罚、判决、表彰; 乡镇录入对服务本辖区企业的评价")
    ResponseEntity<Event> enter(@RequestBody EntryRequest body) {
        Event e = book.enter(new CreditBook.Entry(body.companyId(), body.ruleCode(), body.occurredOn(),
                body.sourceRef(), body.summary(), body.managerName()));
        return ResponseEntity.created(URI.create("/api/v1/credit/events/" + e.id())).body(e);
    }

    @PostMapping("/events/{id}/objection")
    @Operation(summary = "企业对本企业的信用信息提出异议 (异议期内; 3个工作日内答复, 需核实的7个工作日)")
    ResponseEntity<Objection> object(@PathVariable long id, @RequestBody ObjectionRequest body) {
        Objection o = book.object(id, body.reason());
        return ResponseEntity.created(URI.create("/api/v1/credit/objections/" + o.id())).body(o);
    }

    @PostMapping("/events/{id}/repair")
    @Operation(summary = "信用修复: 县住建局记录企业已整改, 该扣分信息不再计分、不再公示")
    Event repair(@PathVariable long id, @RequestBody RepairRequest body) {
        return book.repair(id, body.note());
    }

    @GetMapping("/objections")
    @Operation(summary = "异议列表 (县住建局: 全部; 企业: 本企业)")
    PageResult<Objection> objections(@RequestParam(required = false) ObjectionStatus status,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return book.objections(status, PageRequest.of(page, size));
    }

    @PostMapping("/objections/{id}/answer")
    @Operation(summary = "县住建局答复异议: VERIFY 需信息来源核实 (7个工作日), UPHOLD 异议成立即撤销, REJECT 驳回")
    Objection answer(@PathVariable long id, @RequestBody AnswerRequest body) {
        return book.answer(id, body.decision(), body.answer());
    }

    @GetMapping("/scheme")
    @Operation(summary = "信用评价办法: 基础分、等级分数线、异议期、公示年限和各项评分标准 (默认值, 县住建局可改)")
    Scheme scheme() {
        return book.scheme();
    }

    @PutMapping("/scheme")
    @Operation(summary = "县住建局修改评价办法 (全部企业重新计算等级)")
    Scheme updateScheme(@RequestBody CreditScheme body) {
        return book.updateScheme(body);
    }

    @PutMapping("/rules/{code}")
    @Operation(summary = "县住建局修改一项评分标准 (分值、有效期月数、是否一票否决); 已记录的信息不变")
    Scheme updateRule(@PathVariable String code, @RequestBody RuleRequest body) {
        return book.updateRule(code, body.points(), body.validityMonths(), body.veto());
    }
}
