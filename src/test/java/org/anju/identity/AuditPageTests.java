package org.anju.identity;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 操作审计: only the county browses the audit trail; filters narrow it; times are in Asia/Shanghai. */
class AuditPageTests extends IntegrationTest {

    long county;
    long town;
    String marker;

    @BeforeEach
    void trail() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        marker = fixtures.unique("审计");
        // 2026-11-24 06:03 UTC is 14:03 in Taiqian.
        event("clerk-a", "CREATE", "estate", "1", marker + " 新增", "2026-11-24T06:03:00Z");
        event("clerk-b", "REVEAL", "owner", "2", marker + " 查看", "2026-11-20T01:00:00Z");
    }

    @Test
    void aTownshipAccountIsRefused() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(get("/console/audit").with(fixtures.as(clerk)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您的角色无权执行此操作")));
    }

    @Test
    void theCountyListsAndFiltersTheEntriesInShanghaiTime() throws Exception {
        String officer = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        mvc.perform(get("/console/audit").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + " 新增")))
                .andExpect(content().string(containsString("2026-11-24 14:03")));
        mvc.perform(get("/console/audit").param("action", "REVEAL").param("entityType", "owner")
                        .with(fixtures.as(officer)))
                .andExpect(content().string(containsString(marker + " 查看")))
                .andExpect(content().string(not(containsString(marker + " 新增"))));
        mvc.perform(get("/console/audit").param("from", "2026-11-24").param("to", "2026-11-24")
                        .param("actor", "clerk-a").with(fixtures.as(officer)))
                .andExpect(content().string(containsString(marker + " 新增")))
                .andExpect(content().string(not(containsString(marker + " 查看"))))
                .andExpect(content().string(containsString("actor=clerk-a&amp;from=2026-11-24&amp;to=2026-11-24")));
        mvc.perform(get("/console/audit").param("lang", "en").with(fixtures.as(officer)))
                .andExpect(content().string(containsString("Audit trail")))
                .andExpect(content().string(not(containsString("??"))));
    }

    private void event(String actor, String action, String type, String id, String summary, String at) {
        jdbc.sql("""
                insert into idn_audit_event (occurred_at, actor, actor_role, action, entity_type, entity_id, summary)
                values (cast(? as timestamptz), ?, 'TOWNSHIP_OFFICE', ?, ?, ?, ?)""")
                .params(at, actor, action, type, id, summary).update();
    }
}
