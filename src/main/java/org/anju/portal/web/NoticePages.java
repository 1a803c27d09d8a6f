package org.anju.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.portal.NoticeCategory;
import org.anju.portal.NoticeStatus;
import org.anju.portal.Notices;
import org.anju.portal.Notices.Draft;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county authority's console for notices and policies: write, publish, withdraw, attach files. */
@Controller
@RequestMapping("/console/portal/notices")
class NoticePages {

    private final Notices notices;

    NoticePages(Notices notices) {
        this.notices = notices;
    }

    @GetMapping
    String list(@RequestParam(required = false) NoticeStatus status,
                @RequestParam(required = false) NoticeCategory category, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("statuses", NoticeStatus.values());
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("page", notices.list(status, category, q, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/portal/notices");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("category", category)
                .with("q", q).toString());
        return "portal/console-notices";
    }

    @GetMapping("/new")
    String create(Model model) {
        notices.list(null, null, null, PageRequest.of(0, 1));
        return form(model, null, new Draft(NoticeCategory.NOTICE, null, null, null, null, null));
    }

    @PostMapping
    String create(@RequestParam(required = false) NoticeCategory category, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String body, @RequestParam(required = false) String issuer,
                  @RequestParam(required = false) String docNumber, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Draft d = new Draft(category, title, body, issuer, docNumber, null);
        try {
            long id = notices.create(d).id();
            redirect.addFlashAttribute("flash", "portal.notice.saved");
            return "redirect:/console/portal/notices/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return form(model, null, d);
        }
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        var d = notices.get(id);
        var n = d.notice();
        return form(model, d, new Draft(n.category(), n.title(), d.body(), n.issuer(), n.docNumber(), n.version()));
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @RequestParam(required = false) NoticeCategory category,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                  @RequestParam(required = false) String issuer, @RequestParam(required = false) String docNumber,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Draft d = new Draft(category, title, body, issuer, docNumber, version);
        try {
            notices.update(id, d);
            redirect.addFlashAttribute("flash", "portal.notice.saved");
            return "redirect:/console/portal/notices/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return form(model, notices.get(id), d);
        }
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
                   RedirectAttributes redirect) {
        return act(id, redirect, "portal.notice.published", () -> notices.publish(id, version));
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version,
                    RedirectAttributes redirect) {
        return act(id, redirect, "portal.notice.withdrawn", () -> notices.withdraw(id, version));
    }

    @PostMapping("/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        byte[] data = file == null ? new byte[0] : file.getBytes();
        return act(id, redirect, "portal.notice.attached",
                () -> notices.attach(id, file == null ? null : file.getOriginalFilename(), data));
    }

    @GetMapping("/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long attachmentId) {
        return PublicNoticePages.download(notices.file(id, attachmentId));
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("actionErrors", e.errors());
        }
        return "redirect:/console/portal/notices/" + id;
    }

    private String form(Model model, Object detail, Draft draft) {
        model.addAttribute("detail", detail);
        model.addAttribute("form", draft);
        model.addAttribute("categories", NoticeCategory.values());
        return "portal/console-notice";
    }
}
