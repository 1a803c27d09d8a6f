package org.anju.garbage.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anju.garbage.GarbageSorting;
import org.anju.garbage.GarbageView.Coverage;
import org.anju.garbage.SortingStatus;
import org.anju.platform.FormInput;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** 垃圾分类 in the console: coverage chart and estates, and an estate's set-up and clearance calendar. */
@Controller
@RequestMapping("/console/garbage")
class GarbagePages {

    private final GarbageSorting garbage;
    private final JsonMapper json;
    private final MessageSource messages;

    GarbagePages(GarbageSorting garbage, JsonMapper json, MessageSource messages) {
        this.garbage = garbage;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) SortingStatus status, @RequestParam(required = false) String text,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model, Locale locale) {
        List<Coverage> coverage = garbage.coverage();
        model.addAttribute("coverage", coverage);
        model.addAttribute("chartOption", json.writeValueAsString(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of(msg("garbage.inPlace", locale), msg("garbage.percent", locale))),
                "grid", Map.of("left", 50, "right", 50, "bottom", 60),
                "xAxis", Map.of("type", "category", "axisLabel", Map.of("rotate", 30),
                        "data", coverage.stream().map(Coverage::regionName).toList()),
                "yAxis", List.of(Map.of("type", "value"), Map.of("type", "value", "max", 100)),
                "series", List.of(
                        Map.of("name", msg("garbage.inPlace", locale), "type", "bar",
                                "data", coverage.stream().map(Coverage::inPlace).toList()),
                        Map.of("name", msg("garbage.percent", locale), "type", "line", "yAxisIndex", 1,
                                "data", coverage.stream().map(c -> c.percent() == null ? 0 : c.percent()).toList())))));
        model.addAttribute("status", status);
        model.addAttribute("text", text);
        model.addAttribute("statuses", SortingStatus.values());
        model.addAttribute("page", garbage.list(status, null, text, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/garbage");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("text", text).toString());
        return "garbage/list";
    }

    @GetMapping("/{estateId:\\d+}")
    String detail(@PathVariable long estateId, Model model) {
        model.addAttribute("site", garbage.get(estateId));
        model.addAttribute("log", garbage.clearance(estateId, null, null));
        model.addAttribute("statuses", SortingStatus.values());
        model.addAttribute("maySetUp", GarbageSorting.maySetUp());
        model.addAttribute("mayCheck", GarbageSorting.mayCheck());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "garbage/detail";
    }

    @PostMapping("/{estateId:\\d+}")
    String save(@PathVariable long estateId, @RequestParam Map<String, String> p, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return FormInput.attempt(() -> garbage.save(estateId, new GarbageSorting.SiteForm(
                        FormInput.enumOf(SortingStatus.class, p.get("status")), FormInput.date(p.get("startedOn")),
                        FormInput.integer(p.get("binsKitchen")), FormInput.integer(p.get("binsRecyclable")),
                        FormInput.integer(p.get("binsHazardous")), FormInput.integer(p.get("binsOther")),
                        FormInput.integer(p.get("transferVehicles")), p.get("transferNote"),
                        FormInput.integer(p.get("guides")), FormInput.integer(p.get("noticeBoards")),
                        p.containsKey("recyclingPoint"))), () -> "redirect:/console/garbage/" + estateId,
                "garbage.saved", redirect, response, model, messages, () -> detail(estateId, model));
    }

    @PostMapping("/{estateId:\\d+}/checks")
    String check(@PathVariable long estateId, @RequestParam Map<String, String> p, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        return FormInput.attempt(() -> garbage.check(estateId, new GarbageSorting.CheckForm(
                        FormInput.date(p.get("checkedOn")), p.get("cleared") == null ? null
                        : Boolean.valueOf(p.get("cleared")), p.get("note"))), () -> "redirect:/console/garbage/" + estateId,
                "garbage.checked", redirect, response, model, messages, () -> detail(estateId, model));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
