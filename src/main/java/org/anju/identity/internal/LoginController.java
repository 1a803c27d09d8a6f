package org.anju.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("locked", failure instanceof LockedException);
        return "login";
    }
}
