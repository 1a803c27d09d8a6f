package org.anju.identity;

import java.util.List;
import org.anju.identity.CountyLimits.Limit;
import org.anju.platform.InvalidRequestException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page of a module's {@link CountyLimits}: one shared template (billing/limits) that lists the limits and,
 * for the county, a form per limit posting to {@code path/{name}}; a refused change comes back as the page's error.
 */
public final class CountyLimitsPage {

    private CountyLimitsPage() {
    }

    /** Fills the model for the shared template and names it. */
    public static String show(Model model, List<Limit> limits, String titleKey, String activeMenu, String path) {
        model.addAttribute("limits", limits);
        model.addAttribute("isCounty", Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .isPresent());
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("active", activeMenu);
        model.addAttribute("postPath", path);
        return "billing/limits";
    }

    /** Runs the change and redirects back to the page with a flash message or the first error. */
    public static String change(Runnable change, RedirectAttributes redirect, String path) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", "limits.flash.saved");
        } catch (InvalidRequestException e) {
            var first = e.errors().isEmpty() ? null : e.errors().get(0);
            redirect.addFlashAttribute("errorKey", first == null ? e.detailKey() : first.messageKey());
            redirect.addFlashAttribute("errorArgs", first == null ? List.of() : List.of(first.args()));
        }
        return "redirect:" + path;
    }
}
