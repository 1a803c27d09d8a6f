package org.anju.party;

import java.util.Set;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Party organisations through the API and the pages; the access-matrix rows of /api/v1/party-organizations
 * name this class (inside 200/201, outside 404, read-only roles 403).
 */
class PartyApiTests extends IntegrationTest {

    @Autowired
    PartyCoverage coverage;

    long townA;
    long communityA;
    long communityA2;
    long communityB;
    long estateA;
    long estateA2;
    long estateA3;
    long estateB;
    String clerk;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        communityA2 = fixtures.region(townA, "COMMUNITY", "丙社区");
        communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲一小区");
        estateA2 = fixtures.estate(communityA, "甲二小区");
        estateA3 = fixtures.estate(communityA2, "丙一小区");
        estateB = fixtures.estate(communityB, "乙小区");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
    }

    private static MockHttpServletRequestBuilder create(String body) {
        return post("/api/v1/party-organizations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String branch(String name, long community, long... estates) {
        return "{\"kind\":\"BRANCH\",\"name\":\"" + name + "\",\"communityId\":" + community
                + ",\"hostKind\":\"ESTATE\",\"secretary\":\"王建国\",\"memberCount\":12,\"foundedOn\":\"2023-07-01\","
                + "\"estateIds\":" + java.util.Arrays.toString(estates) + "}";
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from pty_organization) + (select count(*) from pty_organization_estate)")
                .query(Long.class).single();
    }

    @Test
    void aBranchCoveringAdjacentEstatesIsRecordedAndAudited() throws Exception {
        String location = mvc.perform(create(branch("甲一甲二联合党支部", communityA, estateA, estateA2, estateA3))
                        .with(fixtures.as(clerk)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.estateIds.length()").value(3))
                .andExpect(jsonPath("$.communityName").value("甲社区"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secretary").value("王建国"));
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'party-organization' and actor = ?")
                .param(clerk).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBranchCoveringEstatesOfTwoTownshipsIsRefusedAndNothingWritten() throws Exception {
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(
                jdbc.sql("select parent_id from reg_region where id = ?").param(townA).query(Long.class).single(),
                null, null, null, null));
        long before = rows();
        mvc.perform(create(branch("跨镇党支部", communityA, estateA, estateB)).with(fixtures.as(county)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("estateIds"))
                .andExpect(jsonPath("$.errors[0].message").value("覆盖的小区须在同一社区或同一乡镇"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aCommunityWorkerMayNotFileABranchUnderANeighbouringCommunity() throws Exception {
        String worker = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        long before = rows();
        mvc.perform(create(branch("邻社区党支部", communityA2, estateA)).with(fixtures.as(worker)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communityId"))
                .andExpect(jsonPath("$.errors[0].message").value("请选择所属社区"));
        assertThat(rows()).isEqualTo(before);
        mvc.perform(create(branch("甲一党支部", communityA, estateA)).with(fixtures.as(worker)))
                .andExpect(status().isCreated());
    }

    @Test
    void badInputIsRefusedWithChineseFieldErrorsAndNothingWritten() throws Exception {
        long before = rows();
        mvc.perform(create("{\"kind\":\"BRANCH\",\"name\":\"\",\"communityId\":" + communityA
                        + ",\"hostKind\":\"ESTATE\",\"estateIds\":[]}").with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'estateIds')]").exists());
        mvc.perform(create(branch("党支部", communityA, estateA).replace("\"memberCount\":12", "\"memberCount\":-3"))
                        .with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberCount"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anotherTownshipsEstatesAnswer404() throws Exception {
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(
                jdbc.sql("select parent_id from reg_region where id = ?").param(townA).query(Long.class).single(),
                null, null, null, null));
        String foreign = mvc.perform(create(branch("乙小区党支部", communityB, estateB)).with(fixtures.as(county)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long before = rows();
        mvc.perform(get(foreign).with(fixtures.as(clerk))).andExpect(status().isNotFound());
        mvc.perform(create(branch("越界党支部", communityB, estateB)).with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/party-organizations").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("乙小区党支部"))));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aCommitteeReadsItsEstatesBranchButMayNotRecordOne() throws Exception {
        mvc.perform(create(branch("甲一党支部", communityA, estateA)).with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        mvc.perform(get("/api/v1/party-organizations").with(fixtures.as(committee)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(create(branch("委员会党支部", communityA, estateA)).with(fixtures.as(committee)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCrossAppointmentIsRecordedInsideAndRefusedOutsideOrWhenMalformed() throws Exception {
        String location = mvc.perform(create(branch("甲一党支部", communityA, estateA)).with(fixtures.as(clerk)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String appointments = location + "/appointments";
        mvc.perform(post(appointments).with(csrf()).with(fixtures.as(clerk)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personName\":\"李秀英\",\"reference\":\"业委会主任\",\"seat\":\"PARTY_COMMITTEE\","
                                + "\"from\":\"2025-01-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seat").value("PARTY_COMMITTEE"));
        long before = jdbc.sql("select count(*) from pty_cross_appointment").query(Long.class).single();
        mvc.perform(post(appointments).with(csrf()).with(fixtures.as(clerk)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personName\":\"李秀英\",\"seat\":\"PARTY_COMMITTEE\","
                                + "\"from\":\"2025-01-01\",\"to\":\"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("结束日期不能早于起始日期"));
        String outsider = fixtures.account(Role.COMMUNITY, new Binding(communityB, null, null, null, null));
        mvc.perform(get(appointments).with(fixtures.as(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(appointments).with(csrf()).with(fixtures.as(outsider)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personName\":\"张三\",\"seat\":\"RESIDENTS_COMMITTEE\",\"from\":\"2025-01-01\"}"))
                .andExpect(status().isNotFound());
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        mvc.perform(post(appointments).with(csrf()).with(fixtures.as(committee)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personName\":\"张三\",\"seat\":\"RESIDENTS_COMMITTEE\",\"from\":\"2025-01-01\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from pty_cross_appointment").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get(appointments).with(fixtures.as(committee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personName").value("李秀英"));
        mvc.perform(get(location.replace("/api/v1/party-organizations", "/console/party")).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("李秀英")));
    }

    @Test
    void coverageCountsEstatesWithABranch() throws Exception {
        mvc.perform(create(branch("甲一网格", communityA, estateA).replace("BRANCH", "GRID_BRANCH"))
                        .with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        assertThat(coverage.coveredEstates(Set.of(estateA, estateA2, estateB))).containsExactly(estateA);
    }

    @Test
    void thePagesListBranchesAndTheFormShowsErrors() throws Exception {
        mvc.perform(create(branch("甲一党支部", communityA, estateA)).with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        mvc.perform(get("/console/party").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲一党支部")));
        mvc.perform(get("/console/party/new").param("communityId", String.valueOf(communityA)).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲二小区")));
        long before = rows();
        mvc.perform(post("/console/party").param("communityId", String.valueOf(communityA)).param("kind", "BRANCH")
                        .param("hostKind", "ESTATE").param("name", "").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写名称")))
                .andExpect(content().string(containsString("请选择覆盖的小区")));
        assertThat(rows()).isEqualTo(before);
        mvc.perform(post("/console/party").param("communityId", String.valueOf(communityA)).param("kind", "GRID_BRANCH")
                        .param("hostKind", "ESTATE").param("name", "甲二网格党支部")
                        .param("estateIds", String.valueOf(estateA2)).with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
