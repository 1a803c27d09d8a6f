package org.anju.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.anju.casework.BodyKind;
import org.anju.casework.CaseAction;
import org.anju.casework.CaseStatus;
import org.anju.casework.CaseView.Complaint;
import org.anju.casework.CaseView.Detail;
import org.anju.casework.Channel;
import org.anju.casework.Complaints;
import org.anju.casework.Rating;
import org.anju.casework.Urgency;
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

/** Complaints and work orders (stable API of issue 7). Photos are sent through the console's forms. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "casework", description = "投诉与工单: 受理、按权责清单派单、办理、评价")
class ComplaintApi {

    /** Body of POST /api/v1/complaints. */
    record ComplaintRequest(Long estateId, String category, Urgency urgency, Channel channel, String text,
                            String location, Boolean anonymous, String reporterName, String reporterPhone) {
    }

    /** Body of POST /api/v1/complaints/{id}/actions. */
    record ActionRequest(CaseAction action, Integer version, String note, Rating rating, BodyKind bodyKind,
                         Long departmentId) {
    }

    private final Complaints complaints;

    ComplaintApi(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping
    @Operation(summary = "受理投诉: 业主手机上报或工作人员录入热线/来访, 按权责清单自动派单")
    ResponseEntity<Complaint> file(@RequestBody ComplaintRequest r) {
        Complaint c = complaints.file(new Complaints.NewComplaint(r.estateId(), r.category(), r.urgency(),
                r.channel(), r.text(), r.location(), r.anonymous(), r.reporterName(), r.reporterPhone()), List.of());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + c.id())).body(c);
    }

    @GetMapping
    @Operation(summary = "分页查询可见的投诉工单 (部门和企业只见派给自己的, 业主只见自己的)")
    PageResult<Complaint> list(@RequestParam(required = false) CaseStatus status,
                               @RequestParam(required = false) String category,
                               @RequestParam(required = false) Long townshipId,
                               @RequestParam(required = false) Long estateId,
                               @RequestParam(required = false) BodyKind bodyKind,
                               @RequestParam(required = false) Boolean overdue,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return complaints.list(new Complaints.Filter(status, category, townshipId, estateId, bodyKind, overdue),
                PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "投诉工单详情: 办理过程和当前可做的操作")
    Detail get(@PathVariable long id) {
        return complaints.get(id);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "办理投诉: accept 受理, progress 进展, resolve 办结, return 退回, reroute 改派, rate 评价")
    Complaint act(@PathVariable long id, @RequestBody ActionRequest r) {
        return complaints.act(id, new Complaints.Act(r.action(), r.version(), r.note(), r.rating(), r.bodyKind(),
                r.departmentId()), List.of());
    }
}
