package org.anju.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.rating.FeeGuidance;
import org.anju.rating.RatingView.Flag;
import org.anju.rating.RatingView.Guidance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The government guidance fee per star, its history, and the fees flagged above it. */
@RestController
@RequestMapping("/api/v1/fee-guidance")
@Tag(name = "fee-guidance", description = "物业服务收费政府指导价")
class FeeGuidanceApi {

    /** Body of POST /api/v1/fee-guidance. */
    record Rows(List<FeeGuidance.NewRow> rows) {
    }

    private final FeeGuidance guidance;

    FeeGuidanceApi(FeeGuidance guidance) {
        this.guidance = guidance;
    }

    @GetMapping
    @Operation(summary = "本县现行指导价 (按星级、有无电梯) 和全部历史")
    FeeGuidance.Table table(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return guidance.table(PageRequest.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "县发改委和住建局录入指导价 (基准价、浮动幅度、生效日期); 保存后立即核查收费")
    List<Guidance> add(@RequestBody Rows body) {
        return guidance.add(body.rows());
    }

    @GetMapping("/flags")
    @Operation(summary = "收费高于星级指导价上限的项目 (乡镇: 本辖区), 含已消除的历史")
    PageResult<Flag> flags(@RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return guidance.flags(open, PageRequest.of(page, size));
    }

    @PostMapping("/checks")
    @Operation(summary = "县住建局立即核查全县收费")
    Map<String, Long> check() {
        return Map.of("open", guidance.checkNow());
    }
}
