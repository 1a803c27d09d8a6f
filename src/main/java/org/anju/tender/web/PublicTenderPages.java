package org.anju.tender.web;

import org.anju.tender.Tenders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A tender's public notice and award result, for anyone. */
@Controller
class PublicTenderPages {

    private final Tenders tenders;

    PublicTenderPages(Tenders tenders) {
        this.tenders = tenders;
    }

    @GetMapping("/public/tenders/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        var d = tenders.publicDetail(id);
        model.addAttribute("d", d);
        model.addAttribute("times", Times.of(d));
        return "tender/public";
    }
}
