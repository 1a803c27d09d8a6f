package org.anju.portal.web;

import java.nio.charset.StandardCharsets;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.portal.NoticeCategory;
import org.anju.portal.NoticeView.File;
import org.anju.portal.Notices;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The county's published notices and policies for everyone: list, search, read, download attachments. */
@Controller
class PublicNoticePages {

    private final Notices notices;

    PublicNoticePages(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/public/notices")
    String list(@RequestParam(required = false) NoticeCategory category, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("page", notices.published(category, q, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/public/notices");
        model.addAttribute("filterQuery", new QueryString().with("category", category).with("q", q).toString());
        return "portal/notices";
    }

    @GetMapping("/public/notices/{id:\\d+}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("d", notices.publishedDetail(id));
        return "portal/notice";
    }

    @GetMapping("/public/notices/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return download(notices.publishedFile(id, attachmentId));
    }

    /** A file as a download; only PDFs and images open in the browser. */
    static ResponseEntity<byte[]> download(File f) {
        boolean inline = f.contentType().equals("application/pdf") || f.contentType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(f.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(f.filename(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.data());
    }
}
