package org.anju.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.anju.billing.Arrears;
import org.anju.billing.ArrearsMeasure;
import org.anju.billing.BillingView.ArrearsCase;
import org.anju.billing.BillingView.ArrearsFile;
import org.anju.billing.BillingView.ArrearsStep;
import org.anju.billing.BillingView.WilfulRecord;
import org.anju.billing.WilfulStatus;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Arrears: dated steps (never cutting utilities), wilful-arrears records, objections and decisions. */
@RestController
@RequestMapping("/api/v1/arrears")
@Tag(name = "billing", description = "欠费: 书面催告及其后的合法措施 (严禁停水停电停气停暖), 恶意欠费记录与异议")
class ArrearsApi {

    /** Body of POST /api/v1/arrears/houses/{houseId}/steps. */
    record StepRequest(ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline, String note) {
    }

    /** Body of POST /api/v1/arrears/houses/{houseId}/wilful. */
    record WilfulRequest(String evidence) {
    }

    /** Body of POST /api/v1/arrears/wilful/{id}/objection. */
    record ObjectionRequest(String objection) {
    }

    /** Body of POST /api/v1/arrears/wilful/{id}/decision. */
    record DecisionRequest(Boolean uphold, String reason) {
    }

    private final Arrears arrears;

    ArrearsApi(Arrears arrears) {
        this.arrears = arrears;
    }

    @GetMapping
    @Operation(summary = "逾期欠费的房屋 (欠费多者在前), 附最近一步措施")
    PageResult<ArrearsCase> cases(@RequestParam(required = false) Long estateId,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return arrears.cases(estateId, PageRequest.of(page, size));
    }

    @GetMapping("/houses/{houseId}")
    @Operation(summary = "一套房屋的欠费档案: 欠额、各步措施、恶意欠费记录")
    ArrearsFile file(@PathVariable long houseId) {
        return arrears.file(houseId);
    }

    @PostMapping("/houses/{houseId}/steps")
    @Operation(summary = "物业服务企业记录催缴措施: 先书面催告 (期限不少于 15 日), 期满未缴方可采取其他措施")
    ResponseEntity<ArrearsStep> step(@PathVariable long houseId, @RequestBody StepRequest body) {
        ArrearsStep s = arrears.takeStep(houseId, new Arrears.NewStep(body.measure(), body.takenOn(), body.deadline(),
                body.note()));
        return ResponseEntity.created(URI.create("/api/v1/arrears/houses/" + houseId)).body(s);
    }

    @PostMapping("/houses/{houseId}/wilful")
    @Operation(summary = "业委会凭证据记录恶意欠费 (须书面催告期满仍未缴)")
    ResponseEntity<WilfulRecord> wilful(@PathVariable long houseId, @RequestBody WilfulRequest body) {
        WilfulRecord w = arrears.recordWilful(houseId, body.evidence());
        return ResponseEntity.created(URI.create("/api/v1/arrears/wilful/" + w.id())).body(w);
    }

    @GetMapping("/wilful")
    @Operation(summary = "恶意欠费记录 (县级可据已维持的记录报送信用平台)")
    PageResult<WilfulRecord> wilfulList(@RequestParam(required = false) Long estateId,
                                        @RequestParam(required = false) WilfulStatus status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return arrears.wilfulList(estateId, status, PageRequest.of(page, size));
    }

    @GetMapping("/wilful/{id}")
    @Operation(summary = "恶意欠费记录详情")
    WilfulRecord wilfulRecord(@PathVariable long id) {
        return arrears.wilful(id);
    }

    @PostMapping("/wilful/{id}/objection")
    @Operation(summary = "业主对本人房屋的恶意欠费记录提出异议")
    WilfulRecord object(@PathVariable long id, @RequestBody ObjectionRequest body) {
        return arrears.object(id, body.objection());
    }

    @PostMapping("/wilful/{id}/decision")
    @Operation(summary = "乡镇 (或县) 处理异议: 维持或撤销")
    WilfulRecord decide(@PathVariable long id, @RequestBody DecisionRequest body) {
        return arrears.decide(id, body.uphold(), body.reason());
    }
}
