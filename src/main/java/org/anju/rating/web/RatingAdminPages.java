package org.anju.rating.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.rating.Commendations;
import org.anju.rating.FeeGuidance;
import org.anju.rating.PublicRatings;
import org.anju.rating.Standards;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The county's rating settings in the console: the star standard (a new version per save), the fee guidance
 * table with its history and the fees flagged above it (the township sees its own area's flags), and
 * commendations.
 */
@Controller
@RequestMapping("/console/rating")
class RatingAdminPages {

    /** Empty item rows the standard form offers for new items. */
    static final int EXTRA_ROWS = 3;

    private final Standards standards;
    private final FeeGuidance guidance;
    private final Commendations commendations;
    private final MessageSource messages;
    private final PublicRatings ratings;

    RatingAdminPages(Standards standards, FeeGuidance guidance, Commendations commendations,
                     MessageSource messages, PublicRatings ratings) {
        this.ratings = ratings;
        this.standards = standards;
        this.guidance = guidance;
        this.commendations = commendations;
        this.messages = messages;
    }

    @GetMapping("/standard")
    String standard(Model model) {
        model.addAttribute("standard", standards.current());
        model.addAttribute("versions", standards.versions());
        model.addAttribute("extraRows", EXTRA_ROWS);
        model.addAttribute("isCounty", Forms.role(Role.COUNTY_AUTHORITY));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "rating/standard";
    }

    @PostMapping("/standard")
    String saveStandard(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        List<Standards.ItemDraft> items = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String name = params.get("name" + i);
            if (name == null || name.isBlank()) {
                continue;
            }
            items.add(new Standards.ItemDraft(params.get("section" + i), name, Forms.decimal(params.get("max" + i)),
                    params.get("method" + i), params.containsKey("veto" + i)));
        }
        List<BigDecimal> thresholds = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            thresholds.add(Forms.decimal(params.get("star" + s)));
        }
        return write(() -> standards.save(new Standards.Draft(params.get("title"),
                        Forms.integer(params.get("townshipWeight")), thresholds, items)), "rating.standardSaved",
                "/console/rating/standard", model, redirect, response, () -> standard(model));
    }

    @GetMapping("/fee-guidance")
    String guidance(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    @RequestParam(required = false) Boolean open, Model model) {
        model.addAttribute("table", guidance.table(PageRequest.of(0, 50)));
        model.addAttribute("page", guidance.flags(open, PageRequest.ofConsole(page, size)));
        model.addAttribute("open", open);
        model.addAttribute("pagerPath", "/console/rating/fee-guidance");
        model.addAttribute("filterQuery", open == null ? "" : "open=" + open);
        model.addAttribute("isCounty", Forms.role(Role.COUNTY_AUTHORITY));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "rating/guidance";
    }

    @PostMapping("/fee-guidance")
    String addGuidance(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        FeeGuidance.NewRow row = new FeeGuidance.NewRow(Forms.integer(params.get("star")),
                "true".equals(params.get("withLift")), params.get("feeItem"), Forms.decimal(params.get("basePrice")),
                Forms.decimal(params.get("floatPercent")), Forms.date(params.get("effectiveOn")), params.get("note"));
        return write(() -> guidance.add(List.of(row)), "rating.guidanceSaved", "/console/rating/fee-guidance", model,
                redirect, response, () -> guidance(null, null, null, model));
    }

    @PostMapping("/fee-guidance/checks")
    String check(RedirectAttributes redirect) {
        guidance.checkNow();
        redirect.addFlashAttribute("flash", "rating.checked");
        return "redirect:/console/rating/fee-guidance";
    }

    @GetMapping("/commendations")
    String commendations(Model model) {
        model.addAttribute("commendations", commendations.list());
        if (Forms.role(Role.COUNTY_AUTHORITY)) {
            var rated = ratings.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).content();
            model.addAttribute("rated", rated);
            Map<Long, Long> companies = new java.util.HashMap<>();
            rated.forEach(r -> companies.put(r.projectId(), ratings.companyOf(r.projectId())));
            model.addAttribute("companies", companies);
        }
        model.addAttribute("isCounty", Forms.role(Role.COUNTY_AUTHORITY));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "rating/commendations";
    }

    @PostMapping("/commendations")
    String commend(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        String[] target = params.getOrDefault("target", "").split("/");
        Long company = Forms.longValue(target[0]);
        Long project = target.length > 1 ? Forms.longValue(target[1]) : null;
        return write(() -> commendations.record(new Commendations.NewCommendation(company, project,
                        params.get("title"), params.get("reason"), Forms.date(params.get("commendedOn")))),
                "rating.commended", "/console/rating/commendations", model, redirect, response,
                () -> commendations(model));
    }

    private String write(Supplier<?> write, String flash, String back, Model model, RedirectAttributes redirect,
                         HttpServletResponse response, Supplier<String> again) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:" + back;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", Forms.texts(messages, e.errors()));
            return again.get();
        }
    }
}
