package org.anju.region.web;

import org.anju.identity.AuditTrail;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The tabs of an estate's page (楼栋, 房屋, 业主, 操作记录), each a paged htmx partial. */
@Controller
class EstateTabsPage {

    private final Register register;
    private final AuditTrail audit;

    EstateTabsPage(Register register, AuditTrail audit) {
        this.register = register;
        this.audit = audit;
    }

    @GetMapping("/console/estates/{id:\\d+}/{tab:buildings|houses|owners|history}")
    String tab(@PathVariable long id, @PathVariable String tab, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) Integer size, Model model) {
        register.estate(id); // 404 outside the jurisdiction, before anything else is read
        PageRequest request = PageRequest.ofConsole(page, size);
        RegisterFilter filter = RegisterFilter.ofEstate(id);
        PageResult<?> rows = switch (tab) {
            case "buildings" -> register.buildings(filter, request);
            case "houses" -> register.houses(filter, request);
            case "owners" -> register.owners(filter, request);
            default -> audit.history("estate", String.valueOf(id), request);
        };
        ConsoleLists.page(model, rows, "/console/estates/" + id + "/" + tab, new QueryString());
        model.addAttribute("pagerPartial", true);
        return "register/estate-tabs :: " + tab;
    }
}
