package org.anju.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.governance.Committees;
import org.anju.platform.FormInput;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.workforce.Audience;
import org.anju.workforce.Certificates;
import org.anju.workforce.EventKind;
import org.anju.workforce.Trainings;
import org.anju.workforce.WorkforceView.EventDetail;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 培训与竞赛 in the console: the list and form, an event's attendance and materials, and staff certificates. */
@Controller
@RequestMapping("/console/workforce")
class WorkforcePages {

    /** A staff member to pick in the attendance form. */
    record StaffOption(String value, String label) {
    }

    private final Trainings trainings;
    private final Certificates certificates;
    private final Committees committees;
    private final MessageSource messages;
    private final Clock clock;

    WorkforcePages(Trainings trainings, Certificates certificates, Committees committees, MessageSource messages,
                   Clock clock) {
        this.trainings = trainings;
        this.certificates = certificates;
        this.committees = committees;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) EventKind kind, @RequestParam(required = false) Audience audience,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("audience", audience);
        model.addAttribute("year", year);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("page", trainings.list(kind, audience, year, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/workforce");
        model.addAttribute("filterQuery", new QueryString().with("kind", kind).with("audience", audience)
                .with("year", year).toString());
        model.addAttribute("mayOrganise", Trainings.mayOrganise());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "workforce/list";
    }

    @PostMapping("/trainings")
    String create(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        long[] id = new long[1];
        return attempt(() -> id[0] = trainings.create(new Trainings.EventForm(FormInput.enumOf(EventKind.class,
                        p.get("kind")), FormInput.enumOf(Audience.class, p.get("audience")), p.get("title"),
                        FormInput.date(p.get("heldOn")), FormInput.decimal(p.get("hours")), p.get("organiser"))).id(),
                () -> "redirect:/console/workforce/trainings/" + id[0], redirect, response, model, messages,
                () -> list(null, null, null, null, null, model));
    }

    @GetMapping("/trainings/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        EventDetail d = trainings.get(id);
        model.addAttribute("d", d);
        boolean organiser = Trainings.mayOrganise();
        model.addAttribute("mayOrganise", organiser);
        if (organiser && d.event().audience() == Audience.COMPANY_STAFF) {
            List<StaffOption> staff = new ArrayList<>();
            certificates.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).content().forEach(c ->
                    certificates.staff(c.companyId()).forEach(s -> staff.add(new StaffOption(c.companyId() + ":"
                            + s.id(), c.companyName() + " / " + s.name() + " (" + s.position() + ")"))));
            model.addAttribute("staff", staff);
        }
        if (organiser && d.event().audience() == Audience.COMMITTEE) {
            model.addAttribute("committees", committees.list(null, null, null, null, null,
                    PageRequest.of(0, PageRequest.MAX_SIZE)).content());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "workforce/detail";
    }

    @PostMapping("/trainings/{id:\\d+}/attendance")
    String attend(@PathVariable long id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        String[] pick = p.getOrDefault("staff", "").split(":");
        Long company = pick.length == 2 ? FormInput.longValue(pick[0]) : null;
        Long staff = pick.length == 2 ? FormInput.longValue(pick[1]) : null;
        return attempt(() -> trainings.attend(id, new Trainings.AttendForm(staff, company, p.get("name"),
                        p.get("unit"), p.get("result"))), () -> "redirect:/console/workforce/trainings/" + id, redirect,
                response, model, messages, () -> detail(id, model));
    }

    @PostMapping("/trainings/{id:\\d+}/committees")
    String committee(@PathVariable long id, @RequestParam(required = false) String committeeId, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(() -> trainings.committeeAttend(id, new Trainings.CommitteeForm(FormInput.longValue(committeeId),
                        List.of())), () -> "redirect:/console/workforce/trainings/" + id, redirect, response, model,
                messages, () -> detail(id, model));
    }

    @PostMapping("/trainings/{id:\\d+}/materials")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        return attempt(() -> trainings.addMaterial(id, file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getContentType(), content),
                () -> "redirect:/console/workforce/trainings/" + id, redirect, response, model, messages,
                () -> detail(id, model));
    }

    @GetMapping("/trainings/{id:\\d+}/materials/{materialId:\\d+}")
    void download(@PathVariable long id, @PathVariable long materialId, HttpServletResponse response)
            throws IOException {
        var m = trainings.get(id).materials().stream().filter(x -> x.id() == materialId).findFirst()
                .orElseThrow(() -> new org.anju.platform.NotFoundException("material", materialId));
        byte[] content = trainings.material(id, materialId);
        response.setContentType(m.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(m.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(content);
    }

    @GetMapping("/certificates")
    String certificates(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("text", text);
        model.addAttribute("page", certificates.list(text, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/workforce/certificates");
        model.addAttribute("filterQuery", new QueryString().with("text", text).toString());
        return "workforce/certificates";
    }

    /** The workforce pages' form round trip (flash workforce.saved). */
    static String attempt(Runnable action, Supplier<String> next, RedirectAttributes redirect,
                          HttpServletResponse response, Model model, MessageSource messages, Supplier<String> failure) {
        return FormInput.attempt(action, next, "workforce.saved", redirect, response, model, messages, failure);
    }
}
