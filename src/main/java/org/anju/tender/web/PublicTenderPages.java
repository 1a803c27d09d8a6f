package org.anju.tender.web;

import java.util.HashMap;
import java.util.Map;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.tender.Tenders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A tender's public notice and award result, for anyone. */
@Controller
class PublicTenderPages {

    private final Tenders tenders;

    PublicTenderPages(Tenders tenders) {
        this.tenders = tenders;
    }

    @GetMapping("/public/tenders")
    String list(@RequestParam(required = false) String text,
                @RequestParam(required = false) Integer page, Model model) {
        var result = tenders.publicList(text, PageRequest.ofConsole(page, 20));
        Map<Long, String> deadlines = new HashMap<>();
        result.content().forEach(t -> deadlines.put(t.id(), Times.format(t.deadline())));
        model.addAttribute("text", text);
        model.addAttribute("page", result);
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("pagerPath", "/public/tenders");
        model.addAttribute("filterQuery", new QueryString().with("text", text).toString());
        return "tender/public-list";
    }

    @GetMapping("/public/tenders/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        var d = tenders.publicDetail(id);
        model.addAttribute("d", d);
        model.addAttribute("times", Times.of(d));
        return "tender/public";
    }
}
