package org.anju.market.web;

import org.anju.market.Companies;
import org.anju.market.Contracts;
import org.anju.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page (no login) of companies barred from new projects and of handover results. */
@Controller
class PublicMarketPage {

    private final Companies companies;
    private final Contracts contracts;

    PublicMarketPage(Companies companies, Contracts contracts) {
        this.companies = companies;
        this.contracts = contracts;
    }

    @GetMapping("/portal/market")
    String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("bars", companies.publicBars(new PageRequest(0, PageRequest.MAX_SIZE)));
        model.addAttribute("page", contracts.publicHandovers(null, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/portal/market");
        return "market/public";
    }
}
