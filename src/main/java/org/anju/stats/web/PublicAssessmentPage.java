package org.anju.stats.web;

import org.anju.stats.Assessments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published ranking of a year's township assessment, without login: township names and totals only. */
@Controller
class PublicAssessmentPage {

    private final Assessments assessments;

    PublicAssessmentPage(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/public/assessment/{year:\\d+}")
    String ranking(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("counties", assessments.published(year));
        return "stats/public-assessment";
    }
}
