package org.anju.identity.internal.accounts;

import org.anju.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录记录: every signed-in user sees their own logins and failed logins (time, address, outcome). */
@Controller
class MyLoginsPage {

    private final LoginHistory logins;

    MyLoginsPage(LoginHistory logins) {
        this.logins = logins;
    }

    @GetMapping("/account/logins")
    String mine(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("page", logins.of(Access.me().getUsername(), PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/account/logins");
        return "account/logins";
    }
}
