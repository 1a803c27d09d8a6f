package org.anju.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An RFC 9457 problem detail written by a security filter, before Spring MVC (and its
 * ApiProblemHandler) is reached; the detail is a message in the caller's language.
 */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                      String detailKey, MessageSource messages, LocaleResolver locales) throws IOException {
        String detail = messages.getMessage(detailKey, null, locales.resolveLocale(request))
                .replace("\\", "\\\\").replace("\"", "\\\"");
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
