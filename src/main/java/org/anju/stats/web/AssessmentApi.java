package org.anju.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.anju.stats.AssessmentView;
import org.anju.stats.Assessments;
import org.anju.stats.internal.AssessmentStore.Evidence;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The township assessment: indicator system, computation, entries, approval, publication, breakdown. */
@RestController
@RequestMapping("/api/v1/stats/assessment")
@Tag(name = "统计考核")
class AssessmentApi {

    private final Assessments assessments;

    AssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/measures")
    @Operation(summary = "可用于考核指标的度量 (运行时存在的 RegionMeasure)")
    List<AssessmentView.Measure> measures() {
        assessments.callerIsCounty();
        return assessments.measures();
    }

    @GetMapping("/{year}")
    @Operation(summary = "某年度考核: 状态、指标体系、排名", description = "County and township roles only (else 403); "
            + "a township sees the full ranking only once published, before that its own row.")
    AssessmentView.Overview overview(@PathVariable int year) {
        return assessments.overview(year);
    }

    @PostMapping("/{year}/indicators")
    @Operation(summary = "新增考核指标 (县级)", description = "kind FORMULA needs measureCode, rule (AT_LEAST or AT_MOST) "
            + "and target; ENTERED is scored by the assessors. Only while the year is OPEN.")
    AssessmentView.Indicator add(@PathVariable int year, @RequestBody Assessments.NewIndicator indicator) {
        return assessments.addIndicator(year, indicator);
    }

    @DeleteMapping("/{year}/indicators/{id}")
    @Operation(summary = "删除考核指标 (县级, 进行中的年度)")
    ResponseEntity<Void> remove(@PathVariable int year, @PathVariable long id) {
        assessments.removeIndicator(year, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{year}/copy")
    @Operation(summary = "复制上一年度的指标体系 (县级, 本年度尚无指标时)")
    Map<String, Integer> copy(@PathVariable int year) {
        return Map.of("copied", assessments.copyPreviousYear(year));
    }

    @PostMapping("/{year}/compute")
    @Operation(summary = "计算各乡镇办的公式指标得分 (县级)")
    AssessmentView.Overview compute(@PathVariable int year) {
        return assessments.compute(year);
    }

    @PostMapping("/{year}/approve")
    @Operation(summary = "审定考核结果 (县级; 录入指标须全部评分)")
    AssessmentView.Overview approve(@PathVariable int year) {
        return assessments.approve(year);
    }

    @PostMapping("/{year}/publish")
    @Operation(summary = "公布考核结果 (县级; 已审定)", description = "The ranking then shows on /public/assessment/{year}.")
    AssessmentView.Overview publish(@PathVariable int year) {
        return assessments.publish(year);
    }

    @GetMapping("/{year}/townships/{townshipId}")
    @Operation(summary = "某乡镇办的考核明细及改进方向", description = "The county any of its townships; a township its own "
            + "(another is 404).")
    AssessmentView.Breakdown breakdown(@PathVariable int year, @PathVariable long townshipId) {
        return assessments.breakdown(year, townshipId);
    }

    @PostMapping(value = "/{year}/townships/{townshipId}/entries/{indicatorId}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "评估人员录入得分及佐证 (文字 + 文件, 县级)")
    AssessmentView.Line enter(@PathVariable int year, @PathVariable long townshipId, @PathVariable long indicatorId,
                              @RequestParam(required = false) BigDecimal points,
                              @RequestParam(required = false) String evidenceText,
                              @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return assessments.enter(year, townshipId, indicatorId, points, evidenceText, Files.evidence(file));
    }

    @GetMapping("/{year}/townships/{townshipId}/entries/{indicatorId}/evidence")
    @Operation(summary = "下载佐证文件")
    ResponseEntity<byte[]> evidence(@PathVariable int year, @PathVariable long townshipId,
                                    @PathVariable long indicatorId) {
        return Files.download(assessments.evidence(year, townshipId, indicatorId));
    }
}
