package org.anju.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.anju.identity.Jurisdictions;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An account holding a temporary password (created or reset by an administrator) can do
 * nothing but change it: pages redirect to /account/password, API calls answer 403 with a
 * problem detail saying why (等保: change the initial password at first login).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/webjars/", "/css/",
            "/js/", "/img/", "/favicon.ico");

    private final MessageSource messages;
    private final LocaleResolver locales;

    PasswordChangeRequiredFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean pending = Jurisdictions.currentUser().map(u -> u.mustChangePassword()).orElse(false);
        if (!pending || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            ProblemResponse.write(request, response, 403, "Forbidden", "error.passwordChangeRequired", messages, locales);
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }
}
