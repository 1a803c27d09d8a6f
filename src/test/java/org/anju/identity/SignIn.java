package org.anju.identity;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A real form login through the security filters, answering the session cookie (Spring Session) to send after it. */
final class SignIn {

    private SignIn() {
    }

    static Cookie form(MockMvc mvc, String username, String password) throws Exception {
        var response = mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as("login of " + username).doesNotContain("error");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("session cookie of " + username).isNotNull();
        return session;
    }
}
