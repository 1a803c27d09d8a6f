package org.anju.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.governance.Assemblies;
import org.anju.governance.AssemblyView.TodoKind;
import org.anju.governance.Committees;
import org.anju.governance.GovernanceTodo;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The township's self-governance to-do list (待办) and the county's settings page. */
@Controller
@RequestMapping("/console/governance")
class GovernancePages {

    private final GovernanceTodo todo;
    private final Committees committees;
    private final Assemblies assemblies;

    GovernancePages(GovernanceTodo todo, Committees committees, Assemblies assemblies) {
        this.todo = todo;
        this.committees = committees;
        this.assemblies = assemblies;
    }

    @GetMapping("/todo")
    String todo(@RequestParam(required = false) TodoKind kind, @RequestParam(required = false) boolean overdue,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("page", todo.todo(kind, overdue, PageRequest.ofConsole(page, size)));
        model.addAttribute("kind", kind);
        model.addAttribute("overdue", overdue);
        model.addAttribute("kinds", TodoKind.values());
        model.addAttribute("pagerPath", "/console/governance/todo");
        model.addAttribute("filterQuery", new QueryString().with("kind", kind).with("overdue", overdue ? true : null)
                .toString());
        return "governance/todo";
    }

    @GetMapping("/settings")
    String settings(Model model) {
        var settings = committees.settings();
        var groups = new java.util.LinkedHashMap<String, java.util.Map<String, Integer>>();
        for (var g : org.anju.governance.GovernanceSetting.Group.values()) {
            groups.put(g.name(), settings.asMap(g));
        }
        model.addAttribute("settingGroups", groups);
        model.addAttribute("canEditSettings", Jurisdictions.currentUser()
                .filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent());
        return "governance/settings";
    }

    @PostMapping("/settings")
    String setting(@RequestParam(required = false) String name, @RequestParam(required = false) Integer value,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            committees.changeSetting(name, value);
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return settings(model);
        }
        redirect.addFlashAttribute("flash", "committee.settingChanged");
        return "redirect:/console/governance/settings";
    }
}
