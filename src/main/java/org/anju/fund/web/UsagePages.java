package org.anju.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.anju.fund.Exclusion;
import org.anju.fund.FundUsages;
import org.anju.fund.UsageAction;
import org.anju.fund.UsageKind;
import org.anju.fund.UsageStatus;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 维修资金使用: the list (applications awaiting the county first, overdue ones marked), the application form (the
 * township's emergency application for an estate without a committee; the committee's for its estate), and the
 * detail with the county's actions.
 */
@Controller
@RequestMapping("/console/fund/usages")
class UsagePages {

    /** The application form's values, kept when it comes back with errors. */
    record UsageForm(Long estateId, UsageKind kind, String title, String emergencyItem, String budget,
                     String contractor, String decisionRef) {
    }

    /** The list's filters. */
    record Filter(Long townshipId, Long estateId, UsageKind kind, UsageStatus status) {
    }

    private static final Set<Role> APPLICANTS = Set.of(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE,
            Role.OWNERS_COMMITTEE);

    private final FundUsages usages;
    private final Register register;

    UsagePages(FundUsages usages, Register register) {
        this.usages = usages;
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long estateId,
                @RequestParam(required = false) UsageKind kind, @RequestParam(required = false) UsageStatus status,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("filter", new Filter(townshipId, estateId, kind, status));
        model.addAttribute("townships", register.filterRegions(null).townships());
        model.addAttribute("page", usages.list(townshipId, estateId, kind, status, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/fund/usages");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId).with("estateId", estateId)
                .with("kind", kind).with("status", status).toString());
        model.addAttribute("kinds", UsageKind.values());
        model.addAttribute("statuses", UsageStatus.values());
        return form(model, null, null, null, null, null, null, null);
    }

    @PostMapping
    String apply(@RequestParam(required = false) Long estateId, @RequestParam(required = false) UsageKind kind,
                 @RequestParam(required = false) String title, @RequestParam(required = false) String emergencyItem,
                 @RequestParam(required = false) String budget, @RequestParam(required = false) String contractor,
                 @RequestParam(required = false) String decisionRef,
                 @RequestParam(required = false) String idempotencyKey, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        try {
            long id = usages.apply(new FundUsages.NewUsage(estateId, kind, title, emergencyItem,
                    FundPages.money(budget, "budget"), contractor, decisionRef, null, idempotencyKey)).id();
            redirect.addFlashAttribute("flash", "fund.usage.applied");
            return "redirect:/console/fund/usages/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            model.addAttribute("filter", new Filter(null, null, null, null));
            model.addAttribute("townships", register.filterRegions(null).townships());
            model.addAttribute("page", usages.list(null, null, null, null, PageRequest.ofConsole(null, null)));
            model.addAttribute("kinds", UsageKind.values());
            model.addAttribute("statuses", UsageStatus.values());
            return form(model, estateId, kind, title, emergencyItem, budget, contractor, decisionRef);
        }
    }

    @PostMapping("/items")
    String item(@RequestParam(required = false) String code, @RequestParam(required = false) boolean active,
                RedirectAttributes redirect) {
        usages.changeItem(code, active);
        redirect.addFlashAttribute("flash", "fund.usage.done");
        return "redirect:/console/fund/usages";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        var detail = usages.get(id);
        model.addAttribute("detail", detail);
        model.addAttribute("isCounty", FundPages.county());
        model.addAttribute("isApplicant", Jurisdictions.currentUser()
                .filter(u -> u.getUsername().equals(detail.usage().appliedBy())).isPresent());
        model.addAttribute("exclusions", Exclusion.values());
        model.addAttribute("items", usages.emergencyItems());
        model.addAttribute("newKey", java.util.UUID.randomUUID().toString());
        return "fund/usage";
    }

    @PostMapping("/{id:\\d+}/actions")
    String act(@PathVariable long id, @RequestParam(required = false) UsageAction action,
               @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
               @RequestParam(required = false) Exclusion exclusion,
               @RequestParam(required = false) String idempotencyKey, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        try {
            usages.act(id, new FundUsages.Act(action, FundPages.money(amount, "amount"), reason, exclusion,
                    idempotencyKey));
            redirect.addFlashAttribute("flash", "fund.usage.done");
            return "redirect:/console/fund/usages/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return detail(id, model);
        }
    }

    private String form(Model model, Long estateId, UsageKind kind, String title, String emergencyItem, String budget,
                        String contractor, String decisionRef) {
        boolean canApply = Jurisdictions.currentUser().filter(u -> APPLICANTS.contains(u.role())).isPresent();
        model.addAttribute("canApply", canApply);
        model.addAttribute("estates", canApply ? register.estates(new RegisterFilter(null, null, null, null, null,
                "name"), new PageRequest(0, PageRequest.MAX_SIZE)).content() : List.of());
        model.addAttribute("items", usages.emergencyItems().stream().filter(i -> i.active()).toList());
        model.addAttribute("allItems", usages.emergencyItems());
        model.addAttribute("isCounty", FundPages.county());
        model.addAttribute("form", new UsageForm(estateId, kind == null ? UsageKind.EMERGENCY : kind, title,
                emergencyItem, budget, contractor, decisionRef));
        model.addAttribute("newKey", java.util.UUID.randomUUID().toString());
        return "fund/usages";
    }
}
