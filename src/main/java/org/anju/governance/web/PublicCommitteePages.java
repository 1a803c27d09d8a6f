package org.anju.governance.web;

import org.anju.governance.Committees;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Filed owners' and interim committees, for everyone (no login): estate, kind, term, filing date. */
@Controller
class PublicCommitteePages {

    private final Committees committees;

    PublicCommitteePages(Committees committees) {
        this.committees = committees;
    }

    @GetMapping("/public/committees")
    String list(@RequestParam(required = false) String estate, @RequestParam(required = false) Long estateId,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("estate", estate);
        model.addAttribute("page", committees.publicFiled(estateId, estate, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/public/committees");
        model.addAttribute("filterQuery", new QueryString().with("estate", estate)
                .with("estateId", estateId == null ? null : estateId.toString()).toString());
        return "governance/public-committees";
    }
}
