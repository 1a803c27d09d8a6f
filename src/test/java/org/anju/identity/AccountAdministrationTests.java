package org.anju.identity;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anju.Fixtures;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 账号管理: list, create with a temporary password, disable, enable, unlock, reset; every change audited. */
class AccountAdministrationTests extends IntegrationTest {

    static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([^<]+)<");

    long county;
    long town;
    String admin;

    @BeforeEach
    void county() {
        county = fixtures.region(null, "COUNTY", Fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", Fixtures.unique("镇"));
        admin = fixtures.account(Role.ADMINISTRATOR, new Binding(county, null, null, null, null));
    }

    @Test
    void onlyAnAccountAdministratorOpensTheAccountPages() throws Exception {
        String officer = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        mvc.perform(get("/console/system/accounts").with(fixtures.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/console/system/accounts/new").with(fixtures.as(officer))).andExpect(status().isForbidden());
        long target = idOf(fixtures.account(Role.TOWNSHIP_OFFICE, region(town)));
        mvc.perform(post("/console/system/accounts/" + target + "/disable").with(fixtures.as(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console").with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString("/console/system/accounts"))));
        mvc.perform(get("/console").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("/console/system/accounts")))
                .andExpect(content().string(containsString("/console/system/roles")))
                .andExpect(content().string(not(containsString("href=\"/console/audit\""))));
    }

    @Test
    void theListFiltersByRoleKeywordAndStatusWithColouredTags() throws Exception {
        String marker = Fixtures.unique("zz");
        String clerk = create(Role.TOWNSHIP_OFFICE, marker + "a");
        String locked = create(Role.TOWNSHIP_OFFICE, marker + "b");
        jdbc.sql("update idn_account set locked_until = now() + interval '10 minutes' where username = ?")
                .param(locked).update();
        mvc.perform(get("/console/system/accounts").param("keyword", marker).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(clerk)))
                .andExpect(content().string(containsString("text-bg-danger")))
                .andExpect(content().string(containsString("已锁定")))
                .andExpect(content().string(containsString("共 2 条")));
        mvc.perform(get("/console/system/accounts").param("keyword", marker).param("status", "LOCKED")
                        .with(fixtures.as(admin)))
                .andExpect(content().string(containsString(locked)))
                .andExpect(content().string(not(containsString(clerk))));
        mvc.perform(get("/console/system/accounts").param("keyword", marker).param("role", "OWNER")
                        .with(fixtures.as(admin)))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/console/system/accounts").param("keyword", marker).param("lang", "en").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Locked")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aCreatedAccountGetsATemporaryPasswordItMustChangeAndIsAudited() throws Exception {
        String username = Fixtures.unique("clerk");
        String body = mvc.perform(post("/console/system/accounts").param("username", username)
                        .param("displayName", "新镇 办事员").param("role", "TOWNSHIP_OFFICE")
                        .param("townshipId", String.valueOf(town)).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String temporary = temporaryPassword(body);
        assertThat(jdbc.sql("select must_change_password from idn_account where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select region_id from idn_account where username = ?").param(username)
                .query(Long.class).single()).isEqualTo(town);
        String audited = jdbc.sql("""
                        select actor || ' ' || action || ' ' || after_state from idn_audit_event
                        where entity_type = 'account' and entity_id = ? order by id""")
                .param(username).query(String.class).single();
        assertThat(audited).startsWith(admin + " CREATE").contains("TOWNSHIP_OFFICE").doesNotContain(temporary);
        SignIn.attempt(mvc, username, temporary).andExpect(authenticated());
    }

    @Test
    void aBindingThatDoesNotExistOrLiesInAnotherCountyIsRefused() throws Exception {
        long elsewhere = fixtures.region(fixtures.region(null, "COUNTY", Fixtures.unique("外县")), "TOWNSHIP", "外镇");
        String[][] cases = {
                {"TOWNSHIP_OFFICE", "townshipId", String.valueOf(elsewhere), "请选择本县内的乡镇或社区"},
                {"OWNERS_COMMITTEE", "estateId", "999999999", "小区编号不存在或不在本县"},
                {"PROPERTY_COMPANY", "companyId", "999999999", "企业编号不存在"},
                {"DEPARTMENT", "departmentId", "999999999", "请选择部门"},
                {"OWNER", "ownerId", "999999999", "业主编号不存在"}};
        for (String[] c : cases) {
            String username = Fixtures.unique("nobody");
            mvc.perform(post("/console/system/accounts").param("username", username).param("displayName", "某人")
                            .param("role", c[0]).param(c[1], c[2]).with(fixtures.as(admin)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(c[3])));
            assertThat(jdbc.sql("select count(*) from idn_account where username = ?").param(username)
                    .query(Long.class).single()).as(c[0]).isZero();
        }
        mvc.perform(post("/console/system/accounts").param("username", "x").param("role", "OWNER")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("用户名为 3 到 64 位")))
                .andExpect(content().string(containsString("请填写姓名或名称")));
    }

    @Test
    void anEstateCompanyDepartmentOrOwnerThatExistsIsAccepted() throws Exception {
        long community = fixtures.region(town, "COMMUNITY", "社区");
        long estate = fixtures.estate(community, Fixtures.unique("院"));
        long house = fixtures.house(fixtures.building(estate, "1号楼"), "1", "101", "80.00");
        long owner = fixtures.owner("业主", Fixtures.unique("O").substring(0, 9) + "000000000", "13800000000", house);
        long company = fixtures.company(Fixtures.unique("物业"), Fixtures.unique("C").substring(0, 9) + "000000000", estate);
        long department = fixtures.department(county, "城管局");
        String[][] cases = {{"OWNERS_COMMITTEE", "estateId", String.valueOf(estate)},
                {"PROPERTY_COMPANY", "companyId", String.valueOf(company)},
                {"DEPARTMENT", "departmentId", String.valueOf(department)},
                {"OWNER", "ownerId", String.valueOf(owner)},
                {"COMMUNITY", "communityId", String.valueOf(community)},
                {"COUNTY_AUTHORITY", "townshipId", ""}};
        for (String[] c : cases) {
            mvc.perform(post("/console/system/accounts").param("username", Fixtures.unique("ok")).param("displayName", "某人")
                            .param("role", c[0]).param(c[1], c[2]).param("townshipId", String.valueOf(town))
                            .with(fixtures.as(admin)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("temporary-password")));
        }
    }

    @Test
    void theFormOffersTheTownshipsOfTheAdministratorsCounty() throws Exception {
        mvc.perform(get("/console/system/accounts/new").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/regions/options?parentId=" + county)));
        String township = jdbc.sql("select name from reg_region where id = ?").param(town).query(String.class).single();
        mvc.perform(get("/console/regions/options").param("parentId", String.valueOf(county)).with(fixtures.as(admin)))
                .andExpect(content().string(containsString(township)));
        // ... while the register itself stays closed to the administrator.
        mvc.perform(get("/api/v1/estates").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("\"totalElements\":0")));
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEnd() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, region(town));
        Cookie session = SignIn.form(mvc, clerk, Fixtures.PASSWORD);
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
        act(clerk, "disable").andExpect(status().is3xxRedirection());
        mvc.perform(get("/console").cookie(session)).andExpect(status().is3xxRedirection());
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(unauthenticated());
        act(clerk, "enable").andExpect(status().is3xxRedirection());
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(authenticated());
        assertThat(jdbc.sql("""
                        select summary from idn_audit_event
                        where entity_type = 'account' and entity_id = ? and action = 'UPDATE' order by id""")
                .param(clerk).query(String.class).list()).containsExactly("停用账号 " + clerk, "启用账号 " + clerk);
    }

    @Test
    void anUnlockedAccountSignsInAgainBeforeItsLockEnds() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, region(town));
        for (int i = 0; i < 5; i++) {
            SignIn.attempt(mvc, clerk, "wrong").andExpect(unauthenticated());
        }
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(unauthenticated());
        act(clerk, "unlock").andExpect(status().is3xxRedirection());
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(authenticated());
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeChanged() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, region(town));
        String body = act(clerk, "reset-password").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String temporary = temporaryPassword(body);
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(unauthenticated());
        Cookie session = SignIn.form(mvc, clerk, temporary);
        mvc.perform(get("/console").cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_id = ? and summary like '重置密码%'")
                .param(clerk).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotActOnItsOwnAccount() throws Exception {
        for (String action : new String[] {"disable", "unlock", "reset-password"}) {
            act(admin, action).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select enabled from idn_account where username = ?").param(admin)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theAdministratorReadsAnAccountsLoginHistory() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, region(town));
        SignIn.attempt(mvc, clerk, "wrong").andExpect(unauthenticated());
        SignIn.attempt(mvc, clerk, Fixtures.PASSWORD).andExpect(authenticated());
        mvc.perform(get("/console/system/accounts/" + idOf(clerk) + "/logins").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(clerk)))
                .andExpect(content().string(containsString("成功")))
                .andExpect(content().string(containsString("失败")))
                .andExpect(content().string(containsString("共 2 条")));
    }

    private org.springframework.test.web.servlet.ResultActions act(String username, String action) throws Exception {
        MockHttpServletRequestBuilder request = post("/console/system/accounts/" + idOf(username) + "/" + action);
        return mvc.perform(request.with(fixtures.as(admin)).with(csrf()));
    }

    private String create(Role role, String username) {
        accountsCreate(role, username);
        return username;
    }

    private void accountsCreate(Role role, String username) {
        jdbc.sql("""
                insert into idn_account (username, password_hash, display_name, role, region_id)
                values (?, '{noop}x', ?, ?, ?)""").params(username, username, role.name(), town).update();
    }

    private long idOf(String username) {
        return jdbc.sql("select id from idn_account where username = ?").param(username).query(Long.class).single();
    }

    private static Binding region(long id) {
        return new Binding(id, null, null, null, null);
    }

    static String temporaryPassword(String body) {
        Matcher m = TEMPORARY.matcher(body);
        assertThat(m.find()).as("temporary password shown").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }
}
