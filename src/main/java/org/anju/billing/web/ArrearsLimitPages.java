package org.anju.billing.web;

import java.util.List;
import org.anju.billing.BillingSettings;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county's arrears limits page: a written reminder's shortest and longest deadline. */
@Controller
class ArrearsLimitPages {

    private final BillingSettings settings;

    ArrearsLimitPages(BillingSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/console/arrears/limits")
    String limits(Model model) {
        model.addAttribute("limits", settings.all());
        model.addAttribute("isCounty", Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .isPresent());
        model.addAttribute("titleKey", "limits.arrearsTitle");
        model.addAttribute("active", "arrears");
        model.addAttribute("postPath", "/console/arrears/limits");
        return "billing/limits";
    }

    @PostMapping("/console/arrears/limits/{name}")
    String change(@PathVariable String name, @RequestParam(required = false) Integer value,
                  RedirectAttributes redirect) {
        try {
            settings.change(name, value);
            redirect.addFlashAttribute("flash", "limits.flash.saved");
        } catch (InvalidRequestException e) {
            var first = e.errors().isEmpty() ? null : e.errors().get(0);
            redirect.addFlashAttribute("errorKey", first == null ? e.detailKey() : first.messageKey());
            redirect.addFlashAttribute("errorArgs", first == null ? List.of() : List.of(first.args()));
        }
        return "redirect:/console/arrears/limits";
    }
}
