package org.anju.stats.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.stats.Reports;
import org.anju.stats.SupervisionTasks;
import org.anju.stats.SupervisionView;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督查督办 pages: the list with the county's assignment form, a task with the report and decision forms. */
@Controller
@RequestMapping("/console/stats/supervision")
class SupervisionPages {

    private final SupervisionTasks tasks;
    private final Reports reports;
    private final MessageSource messages;

    SupervisionPages(SupervisionTasks tasks, Reports reports, MessageSource messages) {
        this.tasks = tasks;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) SupervisionView.Status status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
                Model model) {
        boolean county = tasks.callerIsCounty();
        model.addAttribute("page", tasks.tasks(status, overdue, PageRequest.ofConsole(page, null)));
        model.addAttribute("county", county);
        model.addAttribute("status", status);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("statuses", SupervisionView.Status.values());
        if (county) {
            model.addAttribute("townships", reports.regions().stream().skip(1).toList());
            model.addAttribute("taskKey", java.util.UUID.randomUUID().toString());
        }
        return "stats/supervision";
    }

    @PostMapping
    String assign(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String body, @RequestParam(required = false) Integer workingDays,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect, Locale locale) {
        try {
            var d = tasks.assign(new SupervisionTasks.NewAssignment(townshipId, title, body, workingDays, dueOn,
                    idempotencyKey));
            redirect.addFlashAttribute("flash", "supervision.done.assigned");
            return "redirect:/console/stats/supervision/" + d.task().id();
        } catch (InvalidRequestException e) {
            PageErrors.flash(redirect, e, messages, locale);
            return "redirect:/console/stats/supervision";
        }
    }

    @GetMapping("/{id:\\d+}")
    String task(@PathVariable long id, Model model) {
        model.addAttribute("d", tasks.task(id));
        model.addAttribute("county", tasks.callerIsCounty());
        return "stats/supervision-task";
    }

    @PostMapping("/{id:\\d+}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String reportText,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect,
                  Locale locale) throws IOException {
        var evidence = Files.evidence(file);
        return act(id, redirect, locale, "supervision.done.reported", () -> tasks.report(id, reportText, evidence));
    }

    @PostMapping("/{id:\\d+}/{decision:accept|return}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
                  RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "supervision.done." + decision,
                () -> tasks.decide(id, decision.equals("accept"), note));
    }

    /** The home's to-do card (loaded by htmx): nothing for roles without supervision tasks. */
    @GetMapping("/home")
    String home(Model model) {
        try {
            model.addAttribute("todo", tasks.todo(5));
            model.addAttribute("county", tasks.callerIsCounty());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            model.addAttribute("todo", java.util.List.of());
            model.addAttribute("none", true);
        }
        return "stats/supervision-home :: card";
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidRequestException e) {
            PageErrors.flash(redirect, e, messages, locale);
        }
        return "redirect:/console/stats/supervision/" + id;
    }
}
