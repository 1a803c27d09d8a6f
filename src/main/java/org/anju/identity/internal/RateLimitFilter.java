package org.anju.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits on login attempts and on the public (no-login) pages and API, so that
 * guessing passwords or scraping the portal is slowed down (等保: resource control). Counts are
 * per node and per minute; behind several nodes nginx's limit_req adds a shared limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int loginPerMinute;
    private final int publicPerMinute;
    private final LongSupplier clock;

    @org.springframework.beans.factory.annotation.Autowired
    RateLimitFilter(@Value("${anju.security.rate-limit.login-per-minute:20}") int loginPerMinute,
                    @Value("${anju.security.rate-limit.public-per-minute:300}") int publicPerMinute) {
        this(loginPerMinute, publicPerMinute, System::currentTimeMillis);
    }

    RateLimitFilter(int loginPerMinute, int publicPerMinute, LongSupplier clock) {
        this.loginPerMinute = loginPerMinute;
        this.publicPerMinute = publicPerMinute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean login = "POST".equals(request.getMethod()) && path.equals("/login");
        boolean open = path.equals("/") || path.startsWith("/portal") || path.startsWith("/public/")
                || path.startsWith("/api/v1/public");
        if ((login && !allow("login:" + request.getRemoteAddr(), loginPerMinute))
                || (open && !allow("public:" + request.getRemoteAddr(), publicPerMinute))) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"请求过于频繁, 请一分钟后再试\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean allow(String key, int limit) {
        long minute = clock.getAsLong() / 60_000;
        Window w = windows.compute(key, (k, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
        return w.count() <= limit;
    }
}
