package org.anju.credit.web;

import org.anju.credit.CreditBook;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The red and black lists for anyone, on a phone. */
@Controller
class PublicHonorRollPage {

    private final CreditBook book;

    PublicHonorRollPage(CreditBook book) {
        this.book = book;
    }

    @GetMapping("/public/honor-roll")
    String page(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                Model model) {
        var roll = book.honorRoll(text, PageRequest.ofConsole(page, 20));
        model.addAttribute("roll", roll);
        model.addAttribute("page", roll.grades());
        model.addAttribute("text", text);
        model.addAttribute("pagerPath", "/public/honor-roll");
        model.addAttribute("filterQuery", new QueryString().with("text", text).toString());
        return "credit/public-honor-roll";
    }
}
