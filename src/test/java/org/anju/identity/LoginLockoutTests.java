package org.anju.identity;

import org.anju.Fixtures;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.Test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LoginLockoutTests extends IntegrationTest {

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightOne() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(user).password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/api/v1/estates").with(httpBasic(user, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void theLockEndsAfterItsTime() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/estates").with(httpBasic(user, "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD)).andExpect(unauthenticated());
        jdbc.sql("update idn_account set locked_until = now() - interval '1 second' where username = ?").param(user).update();
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        String user = account();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user).password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user).password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void loginsAndFailuresAreInTheAuditTrail() throws Exception {
        String user = account();
        mvc.perform(formLogin().user(user).password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD)).andExpect(authenticated());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select action from idn_audit_event where actor = ? order by id").param(user)
                .query(String.class).list()).containsExactly("LOGIN_FAILED", "LOGIN");
    }

    private String account() {
        long town = fixtures.region(null, "TOWNSHIP", Fixtures.unique("镇"));
        return fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }
}
