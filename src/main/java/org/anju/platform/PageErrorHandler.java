package org.anju.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Console pages: a record outside the jurisdiction is a plain 404 page, as in the API. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, 404, "error.notFound");
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        return page(response, model, 403, "error.forbidden");
    }

    private static String page(HttpServletResponse response, Model model, int status, String messageKey) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        return "error";
    }
}
