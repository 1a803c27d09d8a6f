package org.anju.renewal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.platform.FormInput;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.renewal.FundingSource;
import org.anju.renewal.OldEstates;
import org.anju.renewal.RenovationStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 老旧小区 in the console: old estates and service areas, an estate's renovation, an area's station and funding. */
@Controller
@RequestMapping("/console/renewal")
class RenewalPages {

    private final OldEstates old;
    private final Register register;
    private final MessageSource messages;
    private final java.time.Clock clock;

    RenewalPages(OldEstates old, Register register, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.old = old;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) RenovationStatus status, @RequestParam(required = false) String text,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("text", text);
        model.addAttribute("statuses", RenovationStatus.values());
        model.addAttribute("page", old.estates(status, text, PageRequest.ofConsole(page, size)));
        model.addAttribute("areas", old.areas(PageRequest.of(0, PageRequest.MAX_SIZE)).content());
        model.addAttribute("settings", old.settings());
        model.addAttribute("mayWrite", OldEstates.mayWrite());
        model.addAttribute("isCounty", OldEstates.isCounty());
        model.addAttribute("townships", OldEstates.isCounty() ? register.filterRegions(null).townships() : java.util.List.of());
        model.addAttribute("pagerPath", "/console/renewal");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("text", text).toString());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "renewal/list";
    }

    @PostMapping("/settings")
    String settings(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return attempt(() -> old.saveSettings(new OldEstates.SettingsForm(FormInput.decimal(p.get("targetArea")),
                FormInput.integer(p.get("tolerancePercent")))), "redirect:/console/renewal", redirect, response, model,
                () -> list(null, null, null, null, model));
    }

    @PostMapping("/service-areas")
    String createArea(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        long[] id = new long[1];
        return attempt(() -> id[0] = old.createArea(area(p)).id(), null, redirect, response, model,
                () -> list(null, null, null, null, model), () -> "redirect:/console/renewal/service-areas/" + id[0]);
    }

    @GetMapping("/estates/{estateId:\\d+}")
    String estate(@PathVariable long estateId, Model model) {
        model.addAttribute("e", old.estate(estateId));
        model.addAttribute("areas", old.areasFor(estateId));
        model.addAttribute("statuses", RenovationStatus.values());
        model.addAttribute("mayWrite", OldEstates.mayWrite());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "renewal/estate";
    }

    @PostMapping("/estates/{estateId:\\d+}")
    String renovate(@PathVariable long estateId, @RequestParam Map<String, String> p, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        var form = new OldEstates.RenovationForm(FormInput.enumOf(RenovationStatus.class, p.get("status")),
                FormInput.integer(p.get("renovationYear")), p.get("scope"), FormInput.decimal(p.get("buildingArea")),
                FormInput.longValue(p.get("serviceAreaId")));
        return attempt(() -> old.renovate(estateId, form), "redirect:/console/renewal/estates/" + estateId,
                redirect, response, model, () -> estate(estateId, model));
    }

    @GetMapping("/service-areas/{id:\\d+}")
    String area(@PathVariable long id, Model model) {
        model.addAttribute("d", old.area(id));
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("mayWrite", OldEstates.mayWrite());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "renewal/area";
    }

    @PostMapping("/service-areas/{id:\\d+}")
    String updateArea(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(() -> old.updateArea(id, area(p)), "redirect:/console/renewal/service-areas/" + id, redirect,
                response, model, () -> area(id, model));
    }

    @PostMapping("/service-areas/{id:\\d+}/funding")
    String fund(@PathVariable long id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        var form = new OldEstates.FundingForm(FormInput.integer(p.get("year")),
                FormInput.enumOf(FundingSource.class, p.get("source")), FormInput.decimal(p.get("amount")), p.get("note"));
        return attempt(() -> old.fund(id, form), "redirect:/console/renewal/service-areas/" + id, redirect, response,
                model, () -> area(id, model));
    }

    private String attempt(Runnable action, String success, RedirectAttributes redirect, HttpServletResponse response,
                           Model model, Supplier<String> failure) {
        return attempt(action, success, redirect, response, model, failure, () -> success);
    }

    private String attempt(Runnable action, String success, RedirectAttributes redirect, HttpServletResponse response,
                           Model model, Supplier<String> failure, Supplier<String> next) {
        return FormInput.attempt(action, next, "renewal.saved", redirect, response, model, messages, failure);
    }

    private static OldEstates.AreaForm area(Map<String, String> p) {
        return new OldEstates.AreaForm(FormInput.longValue(p.get("townshipId")), p.get("name"), p.get("stationName"),
                p.get("stationAddress"), FormInput.date(p.get("stationOpenedOn")));
    }
}
