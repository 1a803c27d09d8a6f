package org.anju.market;

import java.util.Set;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service modes through the API and the pages; the access-matrix rows of /api/v1/service-modes and
 * /api/v1/estates/{id}/service-modes name this class (inside 200/201, outside 404, read-only roles 403).
 */
class ServiceModeApiTests extends IntegrationTest {

    @Autowired
    ServiceCoverage coverage;

    long townA;
    long townB;
    long estateA;
    long legacyA;
    long estateB;
    long company;
    String clerk;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        legacyA = fixtures.estate(communityA, "老旧小区");
        jdbc.sql("update reg_estate set legacy = true where id = ?").param(legacyA).update();
        estateB = fixtures.estate(communityB, "乙小区");
        company = fixtures.company(fixtures.unique("物业"), fixtures.unique("S").substring(0, 9) + "000000000");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
    }

    private MockHttpServletRequestBuilder change(long estate, String body) {
        return post("/api/v1/estates/" + estate + "/service-modes").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from mkt_service_mode) + (select count(*) from mkt_project)")
                .query(Long.class).single();
    }

    @Test
    void enterpriseWithoutAProjectIsRefusedInChineseAndNothingIsWritten() throws Exception {
        long before = rows();
        mvc.perform(change(estateA, "{\"mode\":\"ENTERPRISE\"}").with(fixtures.as(clerk)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("companyId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("委托企业须有在管的物业项目")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void enterpriseWithACompanyRecordsTheProject() throws Exception {
        mvc.perform(change(estateA, "{\"mode\":\"ENTERPRISE\",\"from\":\"2025-03-01\",\"companyId\":" + company + "}")
                        .with(fixtures.as(clerk)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mode").value("ENTERPRISE"))
                .andExpect(jsonPath("$.projectId").isNumber());
        assertThat(jdbc.sql("select count(*) from mkt_project where estate_id = ? and company_id = ?")
                .params(estateA, company).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void enterpriseUsesTheEstatesActiveProject() throws Exception {
        long estate = fixtures.estate(jdbc.sql("select community_id from reg_estate where id = ?").param(estateA)
                .query(Long.class).single(), "有物业小区");
        fixtures.company(fixtures.unique("在管物业"), fixtures.unique("T").substring(0, 9) + "000000000", estate);
        mvc.perform(change(estate, "{\"mode\":\"ENTERPRISE\"}").with(fixtures.as(clerk)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.companyName").value(containsString("在管物业")));
    }

    @Test
    void aChangeClosesThePreviousPeriodAndIsAudited() throws Exception {
        mvc.perform(change(legacyA, "{\"mode\":\"COMMUNITY_CUSTODY\",\"from\":\"2024-01-01\"}").with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        mvc.perform(change(legacyA, "{\"mode\":\"SERVICE_STATION\",\"from\":\"2025-06-01\",\"note\":\"片区服务站\"}")
                        .with(fixtures.as(clerk)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/estates/" + legacyA + "/service-modes"));
        mvc.perform(get("/api/v1/estates/" + legacyA + "/service-modes").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].mode").value("SERVICE_STATION"))
                .andExpect(jsonPath("$[0].to").doesNotExist())
                .andExpect(jsonPath("$[0].recordedBy").value(clerk))
                .andExpect(jsonPath("$[1].mode").value("COMMUNITY_CUSTODY"))
                .andExpect(jsonPath("$[1].to").value("2025-05-31"));
        assertThat(jdbc.sql("""
                        select count(*) from idn_audit_event where entity_type = 'estate-service-mode' and entity_id = ?
                          and actor = ? and after_state like '%SERVICE_STATION%'""")
                .params(String.valueOf(legacyA), clerk).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeMustStartAfterTheCurrentPeriod() throws Exception {
        mvc.perform(change(estateA, "{\"mode\":\"SELF_MANAGED\",\"from\":\"2025-01-01\"}").with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        long before = rows();
        mvc.perform(change(estateA, "{\"mode\":\"SPECIALIZED\",\"from\":\"2025-01-01\"}").with(fixtures.as(clerk)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aServiceStationOnANewEstateIsRefused() throws Exception {
        mvc.perform(change(estateA, "{\"mode\":\"SERVICE_STATION\"}").with(fixtures.as(clerk)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mode"))
                .andExpect(jsonPath("$.errors[0].message").value("物业服务站仅适用于老旧小区"));
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingWritten() throws Exception {
        long before = rows();
        mvc.perform(change(estateA, "{\"note\":\"x\"}").with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
        mvc.perform(change(estateA, "{\"mode\":\"NO_SUCH\"}").with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest());
        mvc.perform(change(estateA, "{\"mode\":\"SELF_MANAGED\",\"note\":\"" + "长".repeat(501) + "\"}")
                        .with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anotherTownshipsEstateAnswers404ForReadsAndWrites() throws Exception {
        long before = rows();
        mvc.perform(get("/api/v1/estates/" + estateB + "/service-modes").with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(change(estateB, "{\"mode\":\"SELF_MANAGED\"}").with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/service-modes/" + estateB).with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aCommitteeReadsItsEstatesModeButMayNotChangeIt() throws Exception {
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        mvc.perform(get("/api/v1/estates/" + estateA + "/service-modes").with(fixtures.as(committee)))
                .andExpect(status().isOk());
        mvc.perform(change(estateA, "{\"mode\":\"SELF_MANAGED\"}").with(fixtures.as(committee)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/estates/" + legacyA + "/service-modes").with(fixtures.as(committee)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListShowsEachEstateOfTheJurisdictionWithItsCurrentMode() throws Exception {
        mvc.perform(change(estateA, "{\"mode\":\"SELF_MANAGED\"}").with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/service-modes").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].mode", hasItem("NONE")))
                .andExpect(jsonPath("$.content[*].estateName", not(hasItem("乙小区"))));
        mvc.perform(get("/api/v1/service-modes").param("mode", "SELF_MANAGED").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].estateId").value(estateA));
        mvc.perform(get("/api/v1/service-modes").param("townshipId", String.valueOf(townB)).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void coverageCountsEstatesWithAModeOtherThanNone() throws Exception {
        mvc.perform(change(estateA, "{\"mode\":\"SELF_MANAGED\"}").with(fixtures.as(clerk)))
                .andExpect(status().isCreated());
        assertThat(coverage.coveredEstates(Set.of(estateA, legacyA, estateB))).containsExactly(estateA);
        String path = jdbc.sql("select path from reg_region where id = ?").param(townA).query(String.class).single();
        assertThat(coverage.coveredEstates(Jurisdiction.region(path, "甲镇"))).containsExactly(estateA);
    }

    @Test
    void thePagesListTheModesAndTheFormShowsErrorsUnderTheField() throws Exception {
        mvc.perform(get("/console/service-modes").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲小区")))
                .andExpect(content().string(containsString("无物业服务")))
                .andExpect(content().string(not(containsString("乙小区"))));
        long communityA = jdbc.sql("select community_id from reg_estate where id = ?").param(estateA).query(Long.class)
                .single();
        mvc.perform(get("/console/service-modes").param("communityId", String.valueOf(communityA))
                        .param("estateId", String.valueOf(legacyA)).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"estateId\"")))
                .andExpect(content().string(containsString("data-id=\"" + legacyA + "\"")))
                .andExpect(content().string(not(containsString("data-id=\"" + estateA + "\""))));
        mvc.perform(post("/console/service-modes/" + estateA).param("mode", "SERVICE_STATION")
                        .with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("物业服务站仅适用于老旧小区")));
        mvc.perform(post("/console/service-modes/" + estateA).param("mode", "SELF_MANAGED")
                        .with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/service-modes/" + estateA).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("业主自管")))
                .andExpect(content().string(containsString("service-mode-form")));
    }
}
