package org.anju.billing.web;

import org.anju.billing.BillingSettings;
import org.anju.identity.CountyLimitsPage;
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
        return CountyLimitsPage.show(model, settings.all(), "limits.arrearsTitle", "arrears", "/console/arrears/limits");
    }

    @PostMapping("/console/arrears/limits/{name}")
    String change(@PathVariable String name, @RequestParam(required = false) Integer value,
                  RedirectAttributes redirect) {
        return CountyLimitsPage.change(() -> settings.change(name, value), redirect, "/console/arrears/limits");
    }
}
