package org.anju.identity.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTests {

    private final AtomicLong now = new AtomicLong(1_000_000L * 60_000);
    private final RateLimitFilter filter = new RateLimitFilter(3, 5, now::get);

    @Test
    void loginAttemptsBeyondTheLimitAreRefusedUntilTheNextMinute() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(status("POST", "/login", "10.1.1.1")).isEqualTo(200);
        }
        assertThat(status("POST", "/login", "10.1.1.1")).isEqualTo(429);
        assertThat(status("POST", "/login", "10.1.1.2")).as("another client").isEqualTo(200);
        assertThat(status("GET", "/login", "10.1.1.1")).as("the login page itself").isEqualTo(200);
        now.addAndGet(60_000);
        assertThat(status("POST", "/login", "10.1.1.1")).isEqualTo(200);
    }

    @Test
    void thePublicPortalIsLimitedAndTheConsoleIsNot() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(status("GET", "/", "10.2.2.2")).isEqualTo(200);
        }
        assertThat(status("GET", "/portal/ratings", "10.2.2.2")).isEqualTo(429);
        assertThat(status("GET", "/api/v1/public/estates", "10.2.2.2")).isEqualTo(429);
        assertThat(status("GET", "/public/notices", "10.2.2.2")).as("the public pages (issue 13)").isEqualTo(429);
        assertThat(status("GET", "/console", "10.2.2.2")).isEqualTo(200);
    }

    private int status(String method, String path, String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
