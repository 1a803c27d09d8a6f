package org.anju.identity;

import jakarta.servlet.http.Cookie;
import org.anju.Fixtures;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 修改密码: the forced change of a temporary password, and anyone's own change under the policy. */
class PasswordChangeTests extends IntegrationTest {

    static final String NEW = "Xin#mima2026";

    long town;
    String admin;

    @BeforeEach
    void township() {
        long county = fixtures.region(null, "COUNTY", Fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", Fixtures.unique("镇"));
        admin = fixtures.account(Role.ADMINISTRATOR, new Binding(county, null, null, null, null));
    }

    @Test
    void aForcedPasswordChangeBlocksOtherPagesUntilDone() throws Exception {
        String username = Fixtures.unique("clerk");
        String temporary = AccountAdministrationTests.temporaryPassword(mvc.perform(post("/console/system/accounts")
                        .param("username", username).param("displayName", "办事员").param("role", "TOWNSHIP_OFFICE")
                        .param("townshipId", String.valueOf(town)).with(fixtures.as(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString());
        Cookie session = SignIn.form(mvc, username, temporary);

        mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/console/estates").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/logins").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/estates").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("请先修改管理员发放的临时密码")));
        mvc.perform(get("/api/v1/estates").with(httpBasic(username, temporary))).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("临时密码")));

        mvc.perform(post("/account/password").param("current", temporary).param("next", NEW).param("confirm", NEW)
                        .cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/estates").with(httpBasic(username, NEW))).andExpect(status().isOk());
        assertThat(jdbc.sql("select must_change_password from idn_account where username = ?").param(username)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheRulesItBreaks() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(post("/account/password").param("current", Fixtures.PASSWORD).param("next", "abcdefgh")
                        .param("confirm", "abcdefgh").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("至少三类")));
        mvc.perform(post("/account/password").param("current", Fixtures.PASSWORD).param("next", "X!" + clerk)
                        .param("confirm", "X!" + clerk).with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能包含用户名")));
        mvc.perform(post("/account/password").param("current", Fixtures.PASSWORD).param("next", NEW)
                        .param("confirm", NEW + "x").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(authenticated());
    }

    @Test
    void theCurrentPasswordIsRequiredAndTheChangeIsAudited() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(post("/account/password").param("current", "not-mine").param("next", NEW).param("confirm", NEW)
                        .with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").param("current", Fixtures.PASSWORD).param("next", NEW)
                        .param("confirm", NEW).with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(unauthenticated());
        SignIn.attempt(mvc, clerk, NEW).andExpect(authenticated());
        assertThat(jdbc.sql("select actor || ' ' || summary from idn_audit_event where entity_id = ? and action = 'UPDATE'")
                .param(clerk).query(String.class).list()).containsExactly(clerk + " 修改密码");
    }

    @Test
    void everyUserSeesTheirOwnLoginsOnly() throws Exception {
        String clerk = fixtures.account(Role.OWNERS_COMMITTEE, committeeBinding());
        String other = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        SignIn.attempt(mvc, clerk, "wrong", "10.9.8.7").andExpect(unauthenticated());
        Cookie session = SignIn.form(mvc, clerk, Fixtures.PASSWORD);
        SignIn.form(mvc, other, Fixtures.PASSWORD);
        String shanghaiToday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mvc.perform(get("/account/logins").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 2 条")))
                .andExpect(content().string(containsString(shanghaiToday)))
                .andExpect(content().string(containsString("10.9.8.7")))
                .andExpect(content().string(containsString("失败")));
        mvc.perform(get("/account/password").cookie(session).param("lang", "en"))
                .andExpect(content().string(containsString("Change password")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
    }

    private Binding committeeBinding() {
        long community = fixtures.region(town, "COMMUNITY", "社区");
        return new Binding(null, fixtures.estate(community, Fixtures.unique("院")), null, null, null);
    }
}
