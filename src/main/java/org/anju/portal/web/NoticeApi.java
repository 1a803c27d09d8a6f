package org.anju.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.portal.NoticeCategory;
import org.anju.portal.NoticeStatus;
import org.anju.portal.NoticeView.Attachment;
import org.anju.portal.NoticeView.Detail;
import org.anju.portal.NoticeView.Notice;
import org.anju.portal.Notices;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The county's notices and policies: written in the console by the county authority, read by everyone. */
@RestController
@Tag(name = "portal", description = "公众门户: 通知公告与政策法规")
class NoticeApi {

    private final Notices notices;

    NoticeApi(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/v1/public/notices")
    @Operation(summary = "已发布的通知公告和政策法规 (无需登录; 可按类别和关键词查询)")
    PageResult<Notice> published(@RequestParam(required = false) NoticeCategory category,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return notices.published(category, q, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/public/notices/{id}")
    @Operation(summary = "一条已发布的公告 (正文和附件列表; 无需登录)")
    Detail publishedDetail(@PathVariable long id) {
        return notices.publishedDetail(id);
    }

    @GetMapping("/api/v1/portal/notices")
    @Operation(summary = "本县的公告 (含草稿和已撤回; 仅县住建局)")
    PageResult<Notice> list(@RequestParam(required = false) NoticeStatus status,
                            @RequestParam(required = false) NoticeCategory category,
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return notices.list(status, category, q, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/portal/notices/{id}")
    @Operation(summary = "本县的一条公告 (仅县住建局)")
    Detail get(@PathVariable long id) {
        return notices.get(id);
    }

    @PostMapping("/api/v1/portal/notices")
    @Operation(summary = "起草公告 (县住建局; 发布前公众看不到)")
    ResponseEntity<Notice> create(@RequestBody Notices.Draft body) {
        Notice n = notices.create(body);
        return ResponseEntity.created(URI.create("/api/v1/portal/notices/" + n.id())).body(n);
    }

    @PutMapping("/api/v1/portal/notices/{id}")
    @Operation(summary = "修改公告 (version 为读到的版本, 过期则 409)")
    Notice update(@PathVariable long id, @RequestBody Notices.Draft body) {
        return notices.update(id, body);
    }

    @PostMapping("/api/v1/portal/notices/{id}/publish")
    @Operation(summary = "发布到公众门户 (发布日期为今天)")
    Notice publish(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return notices.publish(id, version);
    }

    @PostMapping("/api/v1/portal/notices/{id}/withdraw")
    @Operation(summary = "从公众门户撤回")
    Notice withdraw(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return notices.withdraw(id, version);
    }

    @PostMapping(path = "/api/v1/portal/notices/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件 (PDF、Word、Excel、图片; 最大 10 MB)")
    ResponseEntity<Attachment> attach(@PathVariable long id, @RequestPart(required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidRequestException.field("file", "portal.error.file");
        }
        Attachment a = notices.attach(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/portal/notices/" + id + "/attachments/" + a.id())).body(a);
    }

    @GetMapping("/api/v1/portal/notices/{id}/attachments/{attachmentId}")
    @Operation(summary = "下载附件 (县住建局; 公众从已发布公告的页面下载)")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long attachmentId) {
        return PublicNoticePages.download(notices.file(id, attachmentId));
    }
}
