package org.anju.identity;

import org.anju.Fixtures;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Sessions end after 30 idle minutes; the security headers are sent, HSTS only over TLS. */
class SessionAndHeaderTests extends IntegrationTest {

    @Test
    void aSessionExpiresAfterThirtyIdleMinutes() throws Exception {
        long town = fixtures.region(null, "TOWNSHIP", Fixtures.unique("镇"));
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        SignIn.form(mvc, clerk, Fixtures.PASSWORD);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?").param(clerk)
                .query(Integer.class).single()).isEqualTo(30 * 60);
    }

    @Test
    void everyAnswerCarriesCspFrameAndReferrerHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void hstsIsSentOnlyOverTls() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
