package org.anju.identity;

import jakarta.servlet.http.Cookie;
import org.anju.Fixtures;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 角色权限: the administrator edits which role holds what; no one edits their own role; a change applies at the next login. */
class RolePermissionsTests extends IntegrationTest {

    long county;
    String admin;

    @BeforeEach
    void administrator() {
        county = fixtures.region(null, "COUNTY", Fixtures.unique("县"));
        admin = fixtures.account(Role.ADMINISTRATOR, new Binding(county, null, null, null, null));
    }

    /** The tests share one database: every role gets its defaults back. */
    @AfterEach
    void defaults() {
        jdbc.sql("delete from idn_role_permission").update();
        for (Role r : Role.values()) {
            r.defaultPermissions().forEach(p -> jdbc.sql("insert into idn_role_permission values (?, ?)")
                    .params(r.name(), p.name()).update());
        }
    }

    @Test
    void theSeededPermissionsAreTheRoleDefaults() {
        for (Role r : Role.values()) {
            assertThat(jdbc.sql("select permission from idn_role_permission where role = ?").param(r.name())
                    .query(String.class).set())
                    .as(r.name()).isEqualTo(r.defaultPermissions().stream().map(Enum::name)
                            .collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void theAdministratorSeesTheMatrixWithChineseNamesAndItsOwnRoleLocked() throws Exception {
        mvc.perform(get("/console/system/roles").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("查看完整个人信息")))
                .andExpect(content().string(containsString("本人角色, 不可修改")))
                .andExpect(content().string(containsString("下次登录时生效")))
                .andExpect(content().string(not(containsString("id=\"form-ADMINISTRATOR\""))))
                .andExpect(content().string(containsString("id=\"form-OWNER\"")));
        mvc.perform(get("/console/system/roles").param("lang", "en").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Open full personal data")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void anAdministratorCannotEditThePermissionsOfItsOwnRole() throws Exception {
        mvc.perform(post("/console/system/roles").param("role", "ADMINISTRATOR")
                        .param("permission", "ACCOUNT_ADMIN", "PERMISSION_ADMIN", "AUDIT_READ", "REGISTER_WRITE")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不能修改自己所属角色的权限")));
        assertThat(permissionsOf(Role.ADMINISTRATOR)).containsExactlyInAnyOrder("ACCOUNT_ADMIN", "PERMISSION_ADMIN");
    }

    @Test
    void anAccountWithoutPermissionAdminIsRefused() throws Exception {
        String officer = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        mvc.perform(get("/console/system/roles").with(fixtures.as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/console/system/roles").param("role", "COUNTY_AUTHORITY").param("permission", "PERMISSION_ADMIN")
                .with(fixtures.as(officer)).with(csrf())).andExpect(status().isForbidden());
        assertThat(permissionsOf(Role.COUNTY_AUTHORITY)).doesNotContain("PERMISSION_ADMIN");
    }

    @Test
    void aSavedRoleIsAuditedWithItsPermissionsBeforeAndAfter() throws Exception {
        mvc.perform(post("/console/system/roles").param("role", "OWNERS_COMMITTEE")
                        .param("permission", "REGISTER_READ", "PERSONAL_DATA_REVEAL")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(permissionsOf(Role.OWNERS_COMMITTEE)).containsExactlyInAnyOrder("REGISTER_READ", "PERSONAL_DATA_REVEAL");
        var entry = jdbc.sql("""
                        select actor, before_state, after_state from idn_audit_event
                        where entity_type = 'role' and entity_id = 'OWNERS_COMMITTEE' order by id desc limit 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(entry[0]).isEqualTo(admin);
        assertThat(entry[1]).contains("REGISTER_READ").doesNotContain("PERSONAL_DATA_REVEAL");
        assertThat(entry[2]).contains("REGISTER_READ", "PERSONAL_DATA_REVEAL");
    }

    @Test
    void aPermissionRemovedFromARoleIsGoneAtTheNextLogin() throws Exception {
        String officer = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        Cookie before = SignIn.form(mvc, officer, Fixtures.PASSWORD);
        mvc.perform(get("/console/audit").cookie(before)).andExpect(status().isOk());

        mvc.perform(post("/console/system/roles").param("role", "COUNTY_AUTHORITY")
                        .param("permission", "REGISTER_READ", "REGISTER_WRITE", "PERSONAL_DATA_REVEAL", "METRICS_READ")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // The open session keeps what it signed in with, as the page says; the next login has lost it.
        mvc.perform(get("/console/audit").cookie(before)).andExpect(status().isOk());
        Cookie after = SignIn.form(mvc, officer, Fixtures.PASSWORD);
        mvc.perform(get("/console/audit").cookie(after)).andExpect(status().isForbidden());
        mvc.perform(get("/console").cookie(after))
                .andExpect(content().string(not(containsString("href=\"/console/audit\""))));
    }

    @Test
    void aRoleWithoutRegisterReadSeesNoRegisterRowsButKeepsItsTree() throws Exception {
        long town = fixtures.region(county, "TOWNSHIP", "读权限镇");
        long community = fixtures.region(town, "COMMUNITY", "读权限社区");
        long estate = fixtures.estate(community, "读权限小区");
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
        mvc.perform(get("/api/v1/estates/" + estate).with(fixtures.as(committee))).andExpect(status().isOk());

        mvc.perform(post("/console/system/roles").param("role", "OWNERS_COMMITTEE")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/estates/" + estate).with(fixtures.as(committee))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/estates").with(fixtures.as(committee)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.totalElements")
                        .value(0));
    }

    private java.util.List<String> permissionsOf(Role role) {
        return jdbc.sql("select permission from idn_role_permission where role = ?").param(role.name())
                .query(String.class).list();
    }
}
