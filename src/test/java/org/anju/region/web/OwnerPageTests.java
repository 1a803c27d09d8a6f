package org.anju.region.web;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
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

/** An owner's page: masked by default, the full data only for a stated reason, and that read audited. */
class OwnerPageTests extends IntegrationTest {

    long town;
    long estate;
    long owner;
    long foreignOwner;
    String clerk;
    String idNumber;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        long community = fixtures.region(town, "COMMUNITY", fixtures.unique("甲社区"));
        estate = fixtures.estate(community, fixtures.unique("甲小区"));
        long house = fixtures.house(fixtures.building(estate, "3号楼"), "2", "302", "101.10");
        idNumber = fixtures.unique("4109271985");
        owner = fixtures.owner("王业主", idNumber, "13700001111", house);
        long other = fixtures.region(county, "TOWNSHIP", fixtures.unique("乙镇"));
        long otherEstate = fixtures.estate(fixtures.region(other, "COMMUNITY", fixtures.unique("乙社区")), "乙小区");
        foreignOwner = fixtures.owner("外业主", fixtures.unique("4109271999"), "13700002222",
                fixtures.house(fixtures.building(otherEstate, "1号楼"), "1", "101", "60.00"));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void theOwnerPageShowsMaskedDataAndTheHouses() throws Exception {
        mvc.perform(get("/console/owners/" + owner).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("137****1111")))
                .andExpect(content().string(not(containsString("13700001111"))))
                .andExpect(content().string(containsString("302")))
                .andExpect(content().string(containsString("id=\"reveal-form\"")));
        mvc.perform(get("/console/owners/" + foreignOwner).with(fixtures.as(clerk))).andExpect(status().isNotFound());
    }

    @Test
    void revealingNeedsAReasonAndWritesAnAuditEntry() throws Exception {
        long before = audits();
        mvc.perform(post("/console/owners/" + owner + "/reveal").param("reason", "看看").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写查看理由")))
                .andExpect(content().string(not(containsString("13700001111"))));
        assertThat(audits()).isEqualTo(before);
        mvc.perform(post("/console/owners/" + owner + "/reveal").param("reason", "核实业主大会投票资格")
                        .with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13700001111")))
                .andExpect(content().string(containsString(idNumber)));
        assertThat(audits()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select reason from idn_audit_event where entity_type = 'owner' and entity_id = ? and actor = ?")
                .params(String.valueOf(owner), clerk).query(String.class).single()).isEqualTo("核实业主大会投票资格");
    }

    @Test
    void aRoleWithoutTheRevealPermissionGetsNoFormAnd403() throws Exception {
        long company = fixtures.company(fixtures.unique("物业公司"), fixtures.unique("9141"), estate);
        String manager = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        mvc.perform(get("/console/owners/" + owner).with(fixtures.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"reveal-form\""))));
        mvc.perform(post("/console/owners/" + owner + "/reveal").param("reason", "想看看业主信息")
                        .with(fixtures.as(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/owners/" + owner + "/reveal").param("reason", "核实业主大会投票资格")
                        .with(fixtures.as(clerk)))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    private long audits() {
        return jdbc.sql("select count(*) from idn_audit_event where entity_type = 'owner' and entity_id = ?")
                .param(String.valueOf(owner)).query(Long.class).single();
    }
}
