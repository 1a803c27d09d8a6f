package org.anju.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.anju.rating.Evidence;
import org.anju.rating.RatingView.EvidenceFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 佐证材料 of a project's self-assessment: listed and served to the raters and the company, added by the company. */
@RestController
@RequestMapping("/api/v1/rating/rounds/{id}/entries/{projectId}/evidence")
@Tag(name = "rating", description = "物业服务星级评定")
class EvidenceApi {

    private final Evidence evidence;

    EvidenceApi(Evidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    @Operation(summary = "项目自评佐证材料 (县住建局、乡镇办及本企业, 管辖范围内; 不公开)")
    List<EvidenceFile> list(@PathVariable long id, @PathVariable long projectId) {
        return evidence.list(id, projectId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "企业上传自评佐证材料 (字段 files, 可多个; itemId 可选, 对应标准分项): 照片 JPEG/PNG 不超过 5 MB, "
            + "文件 PDF 不超过 10 MB, 每次至多 6 个, 每个项目至多 30 个; 仅在乡镇核查前")
    ResponseEntity<List<EvidenceFile>> add(@PathVariable long id, @PathVariable long projectId,
                                           @RequestParam(required = false) Long itemId,
                                           @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(evidence.add(id, projectId, itemId, Forms.uploads(files)));
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "下载一份佐证材料 (与列表相同的可见范围)")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long projectId, @PathVariable long evidenceId) {
        return Forms.serve(evidence.file(id, projectId, evidenceId));
    }

    @DeleteMapping("/{evidenceId}")
    @Operation(summary = "企业删除本企业项目的佐证材料 (仅在乡镇核查前)")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long projectId, @PathVariable long evidenceId) {
        evidence.delete(id, projectId, evidenceId);
        return ResponseEntity.noContent().build();
    }
}
