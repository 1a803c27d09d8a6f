package org.anju.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.anju.inspection.HazardKind;
import org.anju.inspection.HazardStatus;
import org.anju.inspection.Hazards;
import org.anju.inspection.InspectionView.Hazard;
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

/** The hazard register: from findings and complaints, deadlines, rectification, re-checks. */
@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "hazard", description = "安全隐患台账")
class HazardApi {

    /** Body of POST /api/v1/hazards/{id}/rectification. */
    record NoteRequest(String note) {
    }

    /** Body of POST /api/v1/hazards/{id}/recheck. */
    record RecheckRequest(Boolean passed, String note) {
    }

    private final Hazards hazards;

    HazardApi(Hazards hazards) {
        this.hazards = hazards;
    }

    @GetMapping
    @Operation(summary = "隐患台账 (辖区内; overdue=true 只看逾期未整改)")
    PageResult<Hazard> list(@RequestParam(required = false) HazardStatus status,
                            @RequestParam(required = false) HazardKind kind,
                            @RequestParam(required = false) Boolean overdue,
                            @RequestParam(required = false) Long estateId,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return hazards.list(status, kind, overdue, estateId, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "隐患详情及整改、复查记录")
    Hazard get(@PathVariable long id) {
        return hazards.get(id);
    }

    @PostMapping
    @Operation(summary = "乡镇将投诉转为安全隐患 (整改期限)")
    ResponseEntity<Hazard> fromComplaint(@RequestBody Hazards.FromComplaint body) {
        Hazard h = hazards.fromComplaint(body);
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + h.id())).body(h);
    }

    @PostMapping("/{id}/rectification")
    @Operation(summary = "物业服务企业 (或乡镇) 报告整改完成")
    Hazard rectified(@PathVariable long id, @RequestBody NoteRequest body) {
        return hazards.reportRectified(id, body.note());
    }

    @PostMapping("/{id}/recheck")
    @Operation(summary = "乡镇复查: 通过即销号, 不通过重新整改")
    Hazard recheck(@PathVariable long id, @RequestBody RecheckRequest body) {
        return hazards.recheck(id, body.passed(), body.note());
    }
}
