package org.anju.workforce.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.workforce.Selections;
import org.anju.workforce.WorkforceView.Nomination;
import org.anju.workforce.WorkforceView.Selection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The published 最美物业人, without login and on a phone: names, positions, companies and deeds. */
@Controller
@RequestMapping("/public/staff-selections")
class PublicSelectionPages {

    private final Selections selections;

    PublicSelectionPages(Selections selections) {
        this.selections = selections;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        PageResult<Selection> result = selections.publicList(PageRequest.of(page, 10));
        Map<Long, java.util.List<Nomination>> selected = new LinkedHashMap<>();
        result.content().forEach(s -> selected.put(s.id(), selections.publicDetail(s.id()).nominations()));
        model.addAttribute("page", result);
        model.addAttribute("selected", selected);
        model.addAttribute("pagerPath", "/public/staff-selections");
        model.addAttribute("filterQuery", "");
        return "workforce/public";
    }
}
