package org.anju.inspection.web;

import org.anju.inspection.Inspections;
import org.anju.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of inspection plans and each plan's draw and results (no login, phone-friendly). */
@Controller
class PublicInspectionPages {

    private final Inspections inspections;

    PublicInspectionPages(Inspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/public/inspections")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", inspections.publicPlans(PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/public/inspections");
        model.addAttribute("filterQuery", "");
        return "inspection/public-list";
    }

    @GetMapping("/public/inspections/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("p", inspections.publicPlan(id));
        return "inspection/public";
    }
}
