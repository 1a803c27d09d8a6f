package org.anju.identity;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Real form logins through the security filters. Each comes from an address of its own, so that
 * these tests do not use up the per-address login rate limit other tests rely on.
 */
final class SignIn {

    private SignIn() {
    }

    /** A login attempt from a random private address. */
    static ResultActions attempt(MockMvc mvc, String username, String password) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return attempt(mvc, username, password, "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255));
    }

    static ResultActions attempt(MockMvc mvc, String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** Signs in and answers the session cookie (Spring Session) to send with the following requests. */
    static Cookie form(MockMvc mvc, String username, String password) throws Exception {
        var response = attempt(mvc, username, password).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("login of " + username).doesNotContain("error");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("session cookie of " + username).isNotNull();
        return session;
    }

    /** Form login over HTTP (CSRF token from the login page); answers the SESSION cookie's value. */
    static String http(java.net.http.HttpClient http, int port, String username, String password) throws Exception {
        String base = "http://localhost:" + port;
        var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(page);
        var token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var posted = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/console");
        String renewed = sessionCookie(posted);
        return renewed != null ? renewed : session;
    }

    private static String sessionCookie(java.net.http.HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(8, c.indexOf(';'))).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
