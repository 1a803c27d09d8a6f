package org.anju.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.workforce.Audience;
import org.anju.workforce.Certificates;
import org.anju.workforce.EventKind;
import org.anju.workforce.Trainings;
import org.anju.workforce.WorkforceView.Event;
import org.anju.workforce.WorkforceView.EventDetail;
import org.anju.workforce.WorkforceView.Material;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Trainings and competitions held, attendance, materials, and staff skill certificates (plan §23, 保障措施(四)). */
@RestController
@RequestMapping("/api/v1/workforce")
@Tag(name = "workforce", description = "培训、竞赛与从业人员技能证书")
class TrainingApi {

    private final Trainings trainings;
    private final Certificates certificates;

    TrainingApi(Trainings trainings, Certificates certificates) {
        this.trainings = trainings;
        this.certificates = certificates;
    }

    @GetMapping("/trainings")
    @Operation(summary = "本辖区及上级举办的培训和竞赛 (物业企业: 本企业人员参加的)")
    PageResult<Event> list(@RequestParam(required = false) EventKind kind,
                           @RequestParam(required = false) Audience audience,
                           @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        return trainings.list(kind, audience, year, PageRequest.of(page, size));
    }

    @PostMapping("/trainings")
    @Operation(summary = "县、乡镇或社区登记举办的培训或竞赛")
    ResponseEntity<Event> create(@RequestBody Trainings.EventForm body) {
        Event e = trainings.create(body);
        return ResponseEntity.created(URI.create("/api/v1/workforce/trainings/" + e.id())).body(e);
    }

    @GetMapping("/trainings/{id}")
    @Operation(summary = "培训详情: 参加人员、业委会成员的培训记录和材料")
    EventDetail get(@PathVariable long id) {
        return trainings.get(id);
    }

    @PostMapping("/trainings/{id}/attendance")
    @Operation(summary = "登记参加人员: 物业企业从业人员 (staffId) 或工作人员 (姓名、单位)")
    ResponseEntity<EventDetail> attend(@PathVariable long id, @RequestBody Trainings.AttendForm body) {
        return ResponseEntity.created(URI.create("/api/v1/workforce/trainings/" + id)).body(trainings.attend(id, body));
    }

    @PostMapping("/trainings/{id}/committees")
    @Operation(summary = "业委会 (物管会) 成员参加培训: 记入该委员会的培训记录 (未列成员时为全部在任成员)")
    ResponseEntity<EventDetail> committee(@PathVariable long id, @RequestBody Trainings.CommitteeForm body) {
        return ResponseEntity.created(URI.create("/api/v1/workforce/trainings/" + id))
                .body(trainings.committeeAttend(id, body));
    }

    @PostMapping(path = "/trainings/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传培训材料 (不超过10MB)")
    ResponseEntity<Material> upload(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidRequestException.field("file", "workforce.error.file");
        }
        Material m = trainings.addMaterial(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/workforce/trainings/" + id + "/materials/" + m.id())).body(m);
    }

    @GetMapping("/trainings/{id}/materials/{materialId}")
    @Operation(summary = "下载培训材料")
    ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId) {
        Material m = trainings.get(id).materials().stream().filter(x -> x.id() == materialId).findFirst()
                .orElseThrow(() -> new org.anju.platform.NotFoundException("material", materialId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(m.contentType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(m.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(trainings.material(id, materialId));
    }

    @GetMapping("/certificates")
    @Operation(summary = "物业企业从业人员职业技能等级证书统计 (来自企业人员登记)")
    PageResult<Certificates.CompanyCertificates> certificates(@RequestParam(required = false) String text,
                                                              @RequestParam(required = false) Integer page,
                                                              @RequestParam(required = false) Integer size) {
        return certificates.list(text, PageRequest.of(page, size));
    }
}
