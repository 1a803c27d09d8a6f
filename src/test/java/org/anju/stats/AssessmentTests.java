package org.anju.stats;

import java.time.LocalDate;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fixture county of two townships: 甲镇 (2 of 4 estates with a filed committee: 50 %) and 乙镇 (1 of 3: 33.33 %).
 * Its indicator system: committee formation at least 50 % (40 points, a formula), a measure nobody provides
 * (10 points, missing), and an entered score (50 points).
 */
class AssessmentTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    CoverageDashboard dashboard;

    @Autowired
    java.util.List<org.anju.platform.measure.RegionMeasure> measures;

    long county;
    long townA;
    long townB;
    String countyUser;
    String townAUser;
    String townBUser;
    String companyUser;
    int year;

    @BeforeEach
    void county() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        long[] a = {fixtures.estate(communityA, "甲一"), fixtures.estate(communityA, "甲二"),
                fixtures.estate(communityA, "甲三"), fixtures.estate(communityA, "甲四")};
        long[] b = {fixtures.estate(communityB, "乙一"), fixtures.estate(communityB, "乙二"),
                fixtures.estate(communityB, "乙三")};
        committee(a[0]);
        committee(a[1]);
        committee(b[0]);
        countyUser = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        townAUser = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        townBUser = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        companyUser = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA")), null, null));
        year = LocalDate.now().getYear();
    }

    @Test
    void theCountyComputesEntersApprovesAndPublishesAndATownshipSeesItsOwnBreakdown() throws Exception {
        long committee = indicator("""
                {"name": "业委会组建率", "weight": 40, "kind": "FORMULA", "measureCode": "coverage.committee",
                 "rule": "AT_LEAST", "target": 50, "hint": "推动业委会组建"}""");
        long missing = indicator("""
                {"name": "垃圾分类覆盖率", "weight": 10, "kind": "FORMULA", "measureCode": "garbage.none-yet",
                 "rule": "AT_LEAST", "target": 90}""");
        long entered = indicator("""
                {"name": "日常工作", "weight": 50, "kind": "ENTERED"}""");

        mvc.perform(post("/api/v1/stats/assessment/{y}/compute", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].townshipName").value("甲镇"))
                .andExpect(jsonPath("$.ranking[0].total").value(40.0))
                .andExpect(jsonPath("$.ranking[1].total").value(26.66));
        mvc.perform(get("/api/v1/stats/assessment/{y}/townships/{t}", year, townB).with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].value").value(33.33))
                .andExpect(jsonPath("$.lines[0].points").value(26.66))
                .andExpect(jsonPath("$.lines[1].missing").value(true))
                .andExpect(jsonPath("$.lines[1].points").doesNotExist())
                .andExpect(jsonPath("$.improve[0].indicator.id").value(entered))
                .andExpect(jsonPath("$.improve[1].lost").value(13.34));

        // the entered indicator must be scored before approval
        mvc.perform(post("/api/v1/stats/assessment/{y}/approve", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        enter(townA, entered, "45", "台账齐全").andExpect(status().isOk())
                .andExpect(jsonPath("$.points").value(45.0)).andExpect(jsonPath("$.evidenceName").value("台账.pdf"));
        enter(townB, entered, "50.5", "超出分值").andExpect(status().isBadRequest());
        enter(townB, committee, "10", "公式指标").andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/api/v1/stats/assessment/{y}/townships/{t}/entries/{i}", year, townB, entered)
                        .param("points", "30").param("evidenceText", "x")
                        .with(fixtures.as(townBUser)).with(csrf()))
                .andExpect(status().isForbidden());
        enter(townB, entered, "30", "整改不到位").andExpect(status().isOk());
        mvc.perform(get("/api/v1/stats/assessment/{y}/townships/{t}/entries/{i}/evidence", year, townA, entered)
                        .with(fixtures.as(townAUser)))
                .andExpect(status().isOk()).andExpect(content().bytes("证据".getBytes()));

        // before publication a township sees its own breakdown and row only
        mvc.perform(get("/api/v1/stats/assessment/{y}", year).with(fixtures.as(townBUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking.length()").value(1))
                .andExpect(jsonPath("$.ranking[0].townshipId").value(townB))
                .andExpect(jsonPath("$.ranking[0].rank").value(2));
        mvc.perform(get("/api/v1/stats/assessment/{y}/townships/{t}", year, townA).with(fixtures.as(townBUser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/assessment/{y}", year).with(fixtures.as(companyUser)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/stats/assessment/{y}/compute", year).with(fixtures.as(townAUser)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/stats/assessment/{y}/publish", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/stats/assessment/{y}/approve", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        // approved: nothing changes any more
        enter(townB, entered, "50", "改分").andExpect(status().isUnprocessableEntity());
        mvc.perform(delete("/api/v1/stats/assessment/{y}/indicators/{id}", year, missing)
                .with(fixtures.as(countyUser)).with(csrf())).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/public/assessment/{y}", year)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲镇"))));
        mvc.perform(post("/api/v1/stats/assessment/{y}/publish", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/v1/stats/assessment/{y}", year).with(fixtures.as(townBUser)))
                .andExpect(jsonPath("$.ranking.length()").value(2));
        String page = mvc.perform(get("/public/assessment/{y}", year)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲镇")))
                .andExpect(content().string(containsString("85.00")))
                .andExpect(content().string(containsString("56.66")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("台账齐全").doesNotContainPattern("1[3-9]\\d{9}");
        mvc.perform(get("/console/stats/assessment/{y}/townships/{t}", year, townB).with(fixtures.as(townBUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("推动业委会组建")))
                .andExpect(content().string(not(containsString("entry-form"))));
    }

    @Test
    void aNewYearCopiesLastYearsSystemOnce() throws Exception {
        indicator(year - 1, """
                {"name": "投诉按时办结率", "weight": 30, "kind": "FORMULA", "measureCode": "casework.on-time-rate",
                 "rule": "AT_LEAST", "target": 95}""");
        mvc.perform(post("/api/v1/stats/assessment/{y}/copy", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.copied").value(1));
        mvc.perform(post("/api/v1/stats/assessment/{y}/copy", year).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/stats/assessment/{y}", year).with(fixtures.as(countyUser)))
                .andExpect(jsonPath("$.indicators[0].measureCode").value("casework.on-time-rate"))
                .andExpect(jsonPath("$.indicators[0].target").value(95.0));
        mvc.perform(post("/api/v1/stats/assessment/{y}/indicators", year).with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "投诉按时办结率", "weight": 30, "kind": "ENTERED"}"""))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/stats/assessment/{y}/indicators", year).with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "x", "weight": 30, "kind": "FORMULA", "measureCode": "casework.on-time-rate"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rule"));
    }

    @Test
    void theMeasuresListEveryBeanAndTheCoverageMeasuresEqualTheDashboard() throws Exception {
        String body = mvc.perform(get("/api/v1/stats/assessment/measures").with(fixtures.as(countyUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(body).findValuesAsString("code")).contains("casework.on-time-rate",
                "casework.satisfaction-rate", "fund.emergency-on-time-rate", "disclosure.complete-rate",
                "governance.training-held", "coverage.committee", "coverage.service", "coverage.party");
        String coverage = mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                .andReturn().getResponse().getContentAsString();
        JsonNode rows = json.readTree(coverage).get("townships");
        String path = jdbc.sql("select path from reg_region where id = ?").param(townB).query(String.class).single();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (var m : measures) {
            if (m.code().equals("coverage.committee")) {
                assertThat(m.value(path, today.withDayOfYear(1), today).orElseThrow())
                        .isEqualByComparingTo(rows.get(1).get("committeeFormationRate").decimalValue().movePointRight(2));
            }
        }
    }

    private long indicator(String body) throws Exception {
        return indicator(year, body);
    }

    private long indicator(int y, String body) throws Exception {
        String r = mvc.perform(post("/api/v1/stats/assessment/{y}/indicators", y).with(fixtures.as(countyUser))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(r).get("id").asLong();
    }

    private org.springframework.test.web.servlet.ResultActions enter(long township, long indicator, String points,
                                                                     String text) throws Exception {
        return mvc.perform(multipart("/api/v1/stats/assessment/{y}/townships/{t}/entries/{i}", year, township, indicator)
                .file(new MockMultipartFile("file", "台账.pdf", "application/pdf", "证据".getBytes()))
                .param("points", points).param("evidenceText", text).with(fixtures.as(countyUser)).with(csrf()));
    }

    private void committee(long estate) {
        jdbc.sql("insert into gov_committee (estate_id, kind, status, formed_on, term_end) "
                + "values (?, 'OWNERS', 'FILED', current_date, current_date + 1825)").param(estate).update();
    }
}
