package org.anju.fund.web;

import org.anju.fund.FundUsages;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The fund's use as published to everyone (Civil Code 281): approved and completed uses by estate, no login. */
@Controller
class PublicFundPages {

    private final FundUsages usages;

    PublicFundPages(FundUsages usages) {
        this.usages = usages;
    }

    @GetMapping("/public/fund/usages")
    String list(@RequestParam(required = false) String estate, @RequestParam(required = false) Long estateId,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("estate", estate);
        model.addAttribute("page", usages.announced(estateId, estate, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/public/fund/usages");
        model.addAttribute("filterQuery", new QueryString().with("estate", estate)
                .with("estateId", estateId == null ? null : estateId.toString()).toString());
        return "fund/public-usages";
    }
}
