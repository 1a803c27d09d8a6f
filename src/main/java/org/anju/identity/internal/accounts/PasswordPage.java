package org.anju.identity.internal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every signed-in user, and the only page an account with a temporary password may open. */
@Controller
class PasswordPage {

    private final PasswordChange change;

    PasswordPage(PasswordChange change) {
        this.change = change;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("forced", Access.me().mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(required = false) String current, @RequestParam(required = false) String next,
                  @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            change.change(current, next, confirm, request, response);
            redirect.addFlashAttribute("flash", "password.changed");
            return "redirect:/account/password";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors().stream().collect(Collectors.groupingBy(FieldError::field,
                    Collectors.mapping(FieldError::messageKey, Collectors.toList()))));
            return form(model);
        }
    }
}
