package org.anju.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.anju.casework.BodyKind;
import org.anju.casework.CaseAction;
import org.anju.casework.CaseStatus;
import org.anju.casework.CaseView;
import org.anju.casework.CaseView.Complaint;
import org.anju.casework.CaseView.Detail;
import org.anju.casework.Channel;
import org.anju.casework.Complaints;
import org.anju.casework.PhotoCheck;
import org.anju.casework.Rating;
import org.anju.casework.Urgency;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints and work orders (stable API of issue 7). Photos: multipart, beside the JSON intake. */
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

    @GetMapping("/map")
    @Operation(summary = "投诉地图: 管辖范围内各小区 (有坐标的) 的未办结、超期和全部工单数; 无坐标的小区只计数")
    CaseView.CaseMap map(@RequestParam(required = false) String category,
                         @RequestParam(required = false) Long townshipId,
                         @RequestParam(required = false) BodyKind bodyKind) {
        return complaints.map(category, townshipId, bodyKind);
    }

    @GetMapping("/{id}")
    @Operation(summary = "投诉工单详情: 办理过程和当前可做的操作")
    Detail get(@PathVariable long id) {
        return complaints.get(id);
    }

    @PostMapping(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "补充照片 (字段 photos, 可多个): 报告人补充投诉照片, 承办单位上传办理照片; JPEG、PNG 或 WebP, "
            + "每张不超过 5 MB, 每类不超过 6 张; 办结后不可再传")
    ResponseEntity<List<CaseView.PhotoRef>> addPhotos(@PathVariable long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(complaints.addPhotos(id, ComplaintPages.uploads(photos)));
    }

    @GetMapping("/{id}/photos/{photoId}")
    @Operation(summary = "下载投诉照片 (管辖范围内可见的工单)")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        PhotoCheck.Photo p = complaints.photo(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").body(p.data());
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "办理投诉: accept 受理, progress 进展, resolve 办结, return 退回, reroute 改派, rate 评价")
    Complaint act(@PathVariable long id, @RequestBody ActionRequest r) {
        return complaints.act(id, new Complaints.Act(r.action(), r.version(), r.note(), r.rating(), r.bodyKind(),
                r.departmentId()), List.of());
    }
}
