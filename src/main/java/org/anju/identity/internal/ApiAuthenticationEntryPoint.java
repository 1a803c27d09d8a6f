package org.anju.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/** 401 for an API call without valid credentials, as a problem detail with a Basic challenge. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"anju\"");
        ProblemResponse.write(request, response, 401, "Unauthorized", "error.unauthorized", messages, locales);
    }
}
