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

    @org.springframework.beans.factory.annotation.Autowired
    AuditLog audit;

    long county;
    long town;
    String marker;
    String clerkA;
    String clerkB;

    @BeforeEach
    void trail() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        marker = fixtures.unique("审计");
        clerkA = fixtures.unique("clerk-a-");
        clerkB = fixtures.unique("clerk-b-");
        // Written through the audit log (the trail is append-only and hash-chained).
        audit.recordAs(clerkA, new AuditEntry("CREATE", "estate", "1", marker + " 新增", null, null, null));
        audit.recordAs(clerkB, new AuditEntry("REVEAL", "owner", "2", marker + " 查看", null, null, "核实"));
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
        java.time.Instant at = jdbc.sql("select occurred_at from idn_audit_event where actor = ?").param(clerkA)
                .query(java.sql.Timestamp.class).single().toInstant();
        String shanghai = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(at);
        mvc.perform(get("/console/audit").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + " 新增")))
                .andExpect(content().string(containsString(shanghai)));
        mvc.perform(get("/console/audit").param("action", "REVEAL").param("entityType", "owner")
                        .with(fixtures.as(officer)))
                .andExpect(content().string(containsString(marker + " 查看")))
                .andExpect(content().string(not(containsString(marker + " 新增"))));
        String today = shanghai.substring(0, 10);
        mvc.perform(get("/console/audit").param("from", today).param("to", today)
                        .param("actor", clerkA).with(fixtures.as(officer)))
                .andExpect(content().string(containsString(marker + " 新增")))
                .andExpect(content().string(not(containsString(marker + " 查看"))))
                .andExpect(content().string(containsString("actor=" + clerkA + "&amp;from=" + today + "&amp;to=" + today)));
        mvc.perform(get("/console/audit").param("to", "2020-01-01").param("actor", clerkA).with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString(marker + " 新增"))));
        mvc.perform(get("/console/audit").param("lang", "en").with(fixtures.as(officer)))
                .andExpect(content().string(containsString("Audit trail")))
                .andExpect(content().string(not(containsString("??"))));
    }
}
