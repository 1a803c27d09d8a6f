package org.anju.stats.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.stats.ReportKind;
import org.anju.stats.Reports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 统计报表 page: the kept reports with their progress (htmx polling while running) and the request form. */
@Controller
@RequestMapping("/console/stats/reports")
class ReportPages {

    private final Reports reports;
    private final MessageSource messages;
    private final Clock clock;

    ReportPages(Reports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", reports.reports(PageRequest.ofConsole(page, null)));
        model.addAttribute("regions", reports.regions());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
        return "stats/reports";
    }

    @GetMapping("/{id:\\d+}/row")
    String row(@PathVariable long id, Model model) {
        model.addAttribute("r", reports.report(id));
        return "stats/reports :: row";
    }

    @PostMapping
    String request(@RequestParam(required = false) Long regionId, @RequestParam(required = false) ReportKind kind,
                   @RequestParam(required = false) String period, RedirectAttributes redirect, Locale locale) {
        try {
            reports.request(regionId, kind, period);
            redirect.addFlashAttribute("flash", "report.done.requested");
        } catch (InvalidRequestException e) {
            PageErrors.flash(redirect, e, messages, locale);
        }
        return "redirect:/console/stats/reports";
    }
}
