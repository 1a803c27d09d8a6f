package org.anju.renewal;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Old estates through the API: renovation, grouping into service areas checked against the county's target,
 * stations and funding by source (the access matrix rows of /api/v1/renewal name this class).
 */
class OldEstateTests extends IntegrationTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    long town;
    long old1;
    long old2;
    long estateB;
    String county;
    String clerk;
    String clerkB;
    String community;
    String company;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("改造县"));
        town = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(town, "COMMUNITY", "甲社区");
        old1 = fixtures.estate(communityA, "老城一区");
        old2 = fixtures.estate(communityA, "老城二区");
        jdbc.sql("update reg_estate set legacy = true where id in (?, ?)").params(old1, old2).update();
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA"), old1), null, null));
    }

    @AfterEach
    void restoreSettings() {
        jdbc.sql("update rnw_settings set target_area = 30000, tolerance_pct = 20, is_default = true").update();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long area(String who, String name) throws Exception {
        String json = send(post("/api/v1/renewal/service-areas"), who, """
                {"name":"%s","stationName":"老城物业服务站","stationAddress":"人和路1号"}""".formatted(name))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions renovate(String who, long estate, String area, Long serviceArea) throws Exception {
        return send(put("/api/v1/renewal/estates/" + estate), who, """
                {"status":"DONE","renovationYear":%d,"scope":"雨污分流、屋面防水","buildingArea":%s,"serviceAreaId":%s}"""
                .formatted(YEAR - 1, area, serviceArea));
    }

    @Test
    void theTownshipGroupsItsOldEstatesIntoAServiceAreaCheckedAgainstTheTarget() throws Exception {
        long area = area(clerk, "老城片区");
        send(post("/api/v1/renewal/service-areas"), community, "{\"name\":\"社区片区\"}").andExpect(status().isForbidden());
        send(post("/api/v1/renewal/service-areas"), clerk, "{\"name\":\"老城片区\"}")
                .andExpect(status().isUnprocessableContent());
        renovate(clerk, old1, "14000.00", area).andExpect(status().isOk()).andExpect(jsonPath("$.serviceAreaName").value("老城片区"));
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.area.totalArea").value(14000.00))
                .andExpect(jsonPath("$.area.size.fit").value("TOO_SMALL"));
        renovate(clerk, old2, "15500.50", area).andExpect(status().isOk());
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(community)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.estates.length()").value(2))
                .andExpect(jsonPath("$.area.size.fit").value("ABOUT_RIGHT"))
                .andExpect(jsonPath("$.area.size.deviationPercent").value(-1.7));
        // an estate of another township may not join; nobody outside sees or changes the area
        renovate(county, estateB, "9000.00", area).andExpect(status().isUnprocessableContent());
        renovate(clerkB, old1, "9000.00", null).andExpect(status().isNotFound());
        renovate(company, old1, "9000.00", null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(company))).andExpect(status().isOk());
        send(put("/api/v1/renewal/service-areas/" + area), clerkB, "{\"name\":\"改名\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/renewal/estates/" + old1).with(fixtures.as(community))).andExpect(status().isOk())
                .andExpect(jsonPath("$.buildingArea").value(14000.00));
        mvc.perform(get("/api/v1/renewal/estates/" + old1).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/renewal/service-areas").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) area)));
        mvc.perform(get("/api/v1/renewal/estates").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].estateId", not(hasItem((int) old1))));
        mvc.perform(get("/api/v1/renewal/estates").param("status", "DONE").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.content.length()").value(2));
        mvc.perform(get("/console/renewal/service-areas/" + area).with(fixtures.as(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("area-size")));
    }

    @Test
    void theCountyEditsTheTargetAndTheWarningFollows() throws Exception {
        long area = area(clerk, "小片区");
        renovate(clerk, old1, "20000.00", area).andExpect(status().isOk());
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.area.size.fit").value("TOO_SMALL"));
        send(put("/api/v1/renewal/settings"), clerk, "{\"targetArea\":20000,\"tolerancePercent\":10}")
                .andExpect(status().isForbidden());
        send(put("/api/v1/renewal/settings"), county, "{\"targetArea\":20000,\"tolerancePercent\":0}")
                .andExpect(status().isBadRequest());
        send(put("/api/v1/renewal/settings"), county, "{\"targetArea\":20000,\"tolerancePercent\":10}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.isDefault").value(false));
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.area.size.fit").value("ABOUT_RIGHT"));
        mvc.perform(get("/api/v1/renewal/settings").with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(jsonPath("$.targetArea").value(20000));
    }

    @Test
    void theStationsFundingIsRecordedInYuanBySource() throws Exception {
        long area = area(clerk, "资金片区");
        send(post("/api/v1/renewal/service-areas/" + area + "/funding"), clerk,
                "{\"year\":%d,\"source\":\"COUNTY\",\"amount\":120000.00}".formatted(YEAR)).andExpect(status().isCreated());
        send(post("/api/v1/renewal/service-areas/" + area + "/funding"), county,
                "{\"year\":%d,\"source\":\"FUND_INCOME\",\"amount\":18200.35,\"note\":\"增值收益\"}".formatted(YEAR))
                .andExpect(status().isCreated());
        send(post("/api/v1/renewal/service-areas/" + area + "/funding"), clerk,
                "{\"year\":%d,\"source\":\"RESIDENTS\",\"amount\":0.001}".formatted(YEAR)).andExpect(status().isBadRequest());
        send(post("/api/v1/renewal/service-areas/" + area + "/funding"), clerkB,
                "{\"year\":%d,\"source\":\"RESIDENTS\",\"amount\":10}".formatted(YEAR)).andExpect(status().isNotFound());
        send(post("/api/v1/renewal/service-areas/" + area + "/funding"), community,
                "{\"year\":%d,\"source\":\"RESIDENTS\",\"amount\":10}".formatted(YEAR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/renewal/service-areas/" + area).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totals.COUNTY").value(120000.00))
                .andExpect(jsonPath("$.totals.RESIDENTS").value(0.00))
                .andExpect(jsonPath("$.fundingTotal").value(138200.35));
        assertThat(jdbc.sql("select sum(amount) from rnw_funding where service_area_id = ?").param(area)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("138200.35");
        mvc.perform(get("/api/v1/renewal/service-areas").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) area))));
    }
}
