package org.anju.region.web;

import org.anju.identity.Permission;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One owner, masked, with their houses. 查看完整信息 opens the full ID number and phone once,
 * for a stated reason that the register writes to the audit trail (PIPL).
 */
@Controller
class OwnerPage {

    private final Register register;

    OwnerPage(Register register) {
        this.register = register;
    }

    @GetMapping("/console/owners/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, Model model) {
        return show(id, page, size, model);
    }

    @PostMapping("/console/owners/{id:\\d+}/reveal")
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            model.addAttribute("revealed", register.revealOwner(id, reason));
        } catch (InvalidRequestException e) {
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", e.errors().get(0).messageKey());
        }
        return show(id, null, null, model);
    }

    private String show(long id, Integer page, Integer size, Model model) {
        model.addAttribute("owner", register.owner(id));
        ConsoleLists.page(model, register.housesOfOwner(id, PageRequest.ofConsole(page, size)),
                "/console/owners/" + id, new QueryString());
        model.addAttribute("canReveal", ConsoleLists.can(Permission.PERSONAL_DATA_REVEAL));
        return "register/owner";
    }
}
