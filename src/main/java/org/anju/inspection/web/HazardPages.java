package org.anju.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.inspection.HazardKind;
import org.anju.inspection.HazardStatus;
import org.anju.inspection.Hazards;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hazard register's console page: overdue first, a complaint turned into a hazard, reports and re-checks. */
@Controller
@RequestMapping("/console/hazards")
class HazardPages {

    private final Hazards hazards;
    private final InspectionPages pages;

    HazardPages(Hazards hazards, InspectionPages pages) {
        this.hazards = hazards;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) HazardStatus status, @RequestParam(required = false) HazardKind kind,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("page", hazards.list(status, kind, overdue, null, PageRequest.ofConsole(page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("overdue", overdue);
        model.addAttribute("kinds", HazardKind.values());
        model.addAttribute("statuses", HazardStatus.values());
        model.addAttribute("today", hazards.today());
        model.addAttribute("pagerPath", "/console/hazards");
        model.addAttribute("filterQuery", new QueryString().with("status", status == null ? null : status.name())
                .with("kind", kind == null ? null : kind.name()).with("overdue", overdue).toString());
        model.addAttribute("isSupervisor", Jurisdictions.currentUser().filter(u -> u.role() == Role.TOWNSHIP_OFFICE
                || u.role() == Role.COMMUNITY || u.role() == Role.COUNTY_AUTHORITY).isPresent());
        model.addAttribute("isCompany", Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .isPresent());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "inspection/hazards";
    }

    @PostMapping
    String fromComplaint(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        Long complaint;
        try {
            complaint = p.get("complaintId") == null || p.get("complaintId").isBlank() ? null
                    : Long.valueOf(p.get("complaintId").strip());
        } catch (NumberFormatException e) {
            complaint = null;
        }
        Long id = complaint;
        return act(() -> hazards.fromComplaint(new Hazards.FromComplaint(id,
                InspectionPages.enumOf(HazardKind.class, p.get("kind")), InspectionPages.date(p.get("rectifyBy")),
                p.get("description"))), "hazard.registered", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/rectification")
    String rectified(@PathVariable long id, @RequestParam(required = false) String note, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> hazards.reportRectified(id, note), "hazard.reported", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/recheck")
    String recheck(@PathVariable long id, @RequestParam(required = false) Boolean passed,
                   @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return act(() -> hazards.recheck(id, passed, note), "hazard.rechecked", model, redirect, response);
    }

    private String act(Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/hazards";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", pages.texts(e.errors()));
            return list(null, null, null, null, model);
        }
    }
}
