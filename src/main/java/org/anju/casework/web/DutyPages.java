package org.anju.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.anju.casework.BodyKind;
import org.anju.casework.DeadlineUnit;
import org.anju.casework.DutyList;
import org.anju.casework.Urgency;
import org.anju.identity.DepartmentDirectory;
import org.anju.platform.InvalidRequestException;
import org.anju.region.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 权责清单 page: the dispatch rules, the categories and the time limits, which everyone signed in reads and the
 * county authority edits (defaults of rules.md §7 are marked until the county sets its own).
 */
@Controller
@RequestMapping("/console/complaints/duty")
class DutyPages {

    private final DutyList duties;
    private final DepartmentDirectory departments;
    private final Register register;

    DutyPages(DutyList duties, DepartmentDirectory departments, Register register) {
        this.duties = duties;
        this.departments = departments;
        this.register = register;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("rules", duties.rules());
        model.addAttribute("categories", duties.categories());
        model.addAttribute("deadlines", duties.deadlines());
        model.addAttribute("canEdit", DutyList.mayEdit());
        model.addAttribute("bodyKinds", BodyKind.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("units", DeadlineUnit.values());
        if (DutyList.mayEdit()) {
            model.addAttribute("departments", departments.all());
            model.addAttribute("regions", register.filterRegions(null).townships());
        } else {
            model.addAttribute("departments", List.of());
            model.addAttribute("regions", List.of());
        }
        return "casework/duty";
    }

    @PostMapping("/rules")
    String addRule(@RequestParam(required = false) String category, @RequestParam(required = false) Long regionId,
                   @RequestParam(required = false) BodyKind bodyKind, @RequestParam(required = false) Long departmentId,
                   @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return save(() -> duties.addRule(category, regionId, bodyKind, departmentId, note), model, redirect, response);
    }

    @PostMapping("/rules/{id:\\d+}/delete")
    String deleteRule(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        duties.deleteRule(id);
        redirect.addFlashAttribute("flash", "casework.duty.deleted");
        return "redirect:/console/complaints/duty";
    }

    @PostMapping("/categories")
    String putCategory(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                       @RequestParam(required = false) boolean anonymousAllowed,
                       @RequestParam(required = false) Integer sort, @RequestParam(required = false) boolean active,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(() -> duties.putCategory(code, name, anonymousAllowed, sort, active), model, redirect, response);
    }

    @PostMapping("/deadlines")
    String putDeadline(@RequestParam(required = false) String category, @RequestParam(required = false) Urgency urgency,
                       @RequestParam(required = false) Integer amount, @RequestParam(required = false) DeadlineUnit unit,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(() -> duties.putDeadline(category, urgency, amount, unit), model, redirect, response);
    }

    private String save(Runnable change, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            change.run();
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return page(model);
        }
        redirect.addFlashAttribute("flash", "casework.duty.saved");
        return "redirect:/console/complaints/duty";
    }
}
