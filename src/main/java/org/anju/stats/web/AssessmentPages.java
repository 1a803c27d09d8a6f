package org.anju.stats.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.anju.platform.InvalidRequestException;
import org.anju.stats.AssessmentView;
import org.anju.stats.Assessments;
import org.anju.stats.ScoreRule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 乡镇考核 pages: the county's year (indicators, compute, ranking, approve, publish) and a township's breakdown. */
@Controller
@RequestMapping("/console/stats/assessment")
class AssessmentPages {

    private final Assessments assessments;
    private final MessageSource messages;
    private final Clock clock;

    AssessmentPages(Assessments assessments, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (!assessments.callerIsCounty()) {
            return "redirect:/console/stats/assessment/" + y + "/townships/" + assessments.callerTownship();
        }
        AssessmentView.Overview overview = assessments.overview(y);
        model.addAttribute("o", overview);
        model.addAttribute("year", y);
        model.addAttribute("measures", assessments.measures());
        model.addAttribute("rules", ScoreRule.values());
        model.addAttribute("kinds", AssessmentView.Kind.values());
        model.addAttribute("open", overview.status() == AssessmentView.Status.OPEN);
        return "stats/assessment";
    }

    @PostMapping("/{year}/indicators")
    String add(@PathVariable int year, @RequestParam(required = false) String name,
               @RequestParam(required = false) BigDecimal weight, @RequestParam(required = false) AssessmentView.Kind kind,
               @RequestParam(required = false) String measureCode, @RequestParam(required = false) ScoreRule rule,
               @RequestParam(required = false) BigDecimal target, @RequestParam(required = false) String hint,
               RedirectAttributes redirect, Locale locale) {
        return act(year, redirect, locale, "assessment.done.added", () -> assessments.addIndicator(year,
                new Assessments.NewIndicator(name, weight, kind, kind == AssessmentView.Kind.FORMULA ? measureCode : null,
                        kind == AssessmentView.Kind.FORMULA ? rule : null,
                        kind == AssessmentView.Kind.FORMULA ? target : null, hint)));
    }

    @PostMapping("/{year}/indicators/{id}/delete")
    String remove(@PathVariable int year, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(year, redirect, locale, "assessment.done.removed", () -> assessments.removeIndicator(year, id));
    }

    @PostMapping("/{year}/{step:copy|compute|approve|publish}")
    String step(@PathVariable int year, @PathVariable String step, RedirectAttributes redirect, Locale locale) {
        return act(year, redirect, locale, "assessment.done." + step, () -> {
            switch (step) {
                case "copy" -> assessments.copyPreviousYear(year);
                case "compute" -> assessments.compute(year);
                case "approve" -> assessments.approve(year);
                default -> assessments.publish(year);
            }
        });
    }

    @GetMapping("/{year}/townships/{townshipId}")
    String breakdown(@PathVariable int year, @PathVariable long townshipId, Model model) {
        AssessmentView.Breakdown b = assessments.breakdown(year, townshipId);
        model.addAttribute("b", b);
        model.addAttribute("county", assessments.callerIsCounty());
        model.addAttribute("open", b.status() == AssessmentView.Status.OPEN);
        return "stats/assessment-township";
    }

    @PostMapping("/{year}/townships/{townshipId}/entries/{indicatorId}")
    String enter(@PathVariable int year, @PathVariable long townshipId, @PathVariable long indicatorId,
                 @RequestParam(required = false) BigDecimal points, @RequestParam(required = false) String evidenceText,
                 @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect,
                 Locale locale) throws IOException {
        var evidence = Files.evidence(file);
        try {
            assessments.enter(year, townshipId, indicatorId, points, evidenceText, evidence);
            redirect.addFlashAttribute("flash", "assessment.done.entered");
        } catch (InvalidRequestException e) {
            PageErrors.flash(redirect, e, messages, locale);
        }
        return "redirect:/console/stats/assessment/" + year + "/townships/" + townshipId + "#line-" + indicatorId;
    }

    private String act(int year, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidRequestException e) {
            PageErrors.flash(redirect, e, messages, locale);
        }
        return "redirect:/console/stats/assessment?year=" + year;
    }
}
