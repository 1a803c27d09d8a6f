package org.anju.stats;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fixture county of two townships: 甲镇 with 4 estates (2 filed committees and a draft one, 4 service
 * modes, all 4 under a Party branch: on the 2023 targets) and 乙镇 with 3 estates (1 filed committee, no
 * service but a NONE mode, 1 branch: lagging); plus 丙镇 without estates.
 */
class CoverageDashboardTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    org.anju.governance.CommitteeCoverage committees;

    @Autowired
    org.anju.market.ServiceCoverage services;

    @Autowired
    org.anju.party.PartyCoverage party;

    long county;
    long townA;
    long townB;
    long townEmpty;
    long communityA;
    long communityB;
    long[] a;
    long[] b;
    String countyUser;

    @BeforeEach
    void county() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        townEmpty = fixtures.region(county, "TOWNSHIP", "丙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        a = new long[] {fixtures.estate(communityA, "甲一"), fixtures.estate(communityA, "甲二"),
                fixtures.estate(communityA, "甲三"), fixtures.estate(communityA, "甲四")};
        b = new long[] {fixtures.estate(communityB, "乙一"), fixtures.estate(communityB, "乙二"),
                fixtures.estate(communityB, "乙三")};
        committee(a[0], "FILED");
        committee(a[1], "FILED");
        committee(a[2], "DRAFT");
        committee(b[0], "FILED");
        mode(a[0], "ENTERPRISE");
        mode(a[1], "SELF_MANAGED");
        mode(a[2], "CARETAKER");
        mode(a[3], "ENTERPRISE");
        mode(b[1], "NONE");
        branch(communityA, a[0], a[1], a[2], a[3]);
        branch(communityB, b[2]);
        countyUser = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
    }

    @Test
    void theCountysRatesAreCountsOverEstatesPerTownshipAndInTotal() throws Exception {
        mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.estates").value(7))
                .andExpect(jsonPath("$.total.withCommittee").value(3))
                .andExpect(jsonPath("$.total.withService").value(4))
                .andExpect(jsonPath("$.total.withParty").value(5))
                .andExpect(jsonPath("$.total.committeeFormationRate").value(0.4286))
                .andExpect(jsonPath("$.total.partyCoverageRate").value(0.7143))
                .andExpect(jsonPath("$.townships.length()").value(2))
                .andExpect(jsonPath("$.townships[0].name").value("甲镇"))
                .andExpect(jsonPath("$.townships[0].committeeFormationRate").value(0.5))
                .andExpect(jsonPath("$.townships[0].serviceCoverageRate").value(1.0))
                .andExpect(jsonPath("$.townships[0].partyCoverageRate").value(1.0))
                .andExpect(jsonPath("$.townships[1].name").value("乙镇"))
                .andExpect(jsonPath("$.townships[1].committeeFormationRate").value(0.3333))
                .andExpect(jsonPath("$.townships[1].serviceCoverageRate").value(0.0))
                .andExpect(jsonPath("$.townships[1].gaps.2023.PARTY").value(0.5667));
        String body = mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                .andReturn().getResponse().getContentAsString();
        for (JsonNode t : json.readTree(body).get("townships")) {
            long estates = t.get("estates").asLong();
            assertThat(t.get("committeeFormationRate").decimalValue())
                    .isEqualByComparingTo(CoverageRate.of(t.get("withCommittee").asLong(), estates));
            assertThat(t.get("serviceCoverageRate").decimalValue())
                    .isEqualByComparingTo(CoverageRate.of(t.get("withService").asLong(), estates));
            assertThat(t.get("partyCoverageRate").decimalValue())
                    .isEqualByComparingTo(CoverageRate.of(t.get("withParty").asLong(), estates));
        }
    }

    @Test
    void thePageAndTheExportShowTheApisNumbersWithLaggingTownshipsInRed() throws Exception {
        mvc.perform(get("/console/stats/coverage").with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("42.86%")))
                .andExpect(content().string(containsString("71.43%")))
                .andExpect(content().string(containsString("data-id=\"" + townB + "\" class=\"table-danger anju-lagging\"")))
                .andExpect(content().string(containsString("markLine")))
                .andExpect(content().string(not(containsString("data-id=\"" + townA + "\" class=\"table-danger"))));
        byte[] xlsx = mvc.perform(get("/console/stats/coverage.xlsx").with(fixtures.as(countyUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("甲镇");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(100.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(71.43);
        }
    }

    @Test
    void theCountyDrillsDownToATownshipsCommunitiesThenToACommunitysEstates() throws Exception {
        mvc.perform(get("/console/stats/coverage").param("townshipId", String.valueOf(townA))
                        .with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"coverage-communities\"")))
                .andExpect(content().string(containsString("communityId=" + communityA)))
                .andExpect(content().string(not(containsString("乙社区"))));
        mvc.perform(get("/console/stats/coverage").param("communityId", String.valueOf(communityA))
                        .with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"coverage-estates\"")))
                .andExpect(content().string(containsString("甲四")))
                .andExpect(content().string(containsString("甲镇")))
                .andExpect(content().string(not(containsString("乙一"))));
        mvc.perform(get("/api/v1/stats/coverage/communities").param("townshipId", String.valueOf(townA))
                        .with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.township.name").value("甲镇"))
                .andExpect(jsonPath("$.township.committeeFormationRate").value(0.5))
                .andExpect(jsonPath("$.communities.length()").value(1))
                .andExpect(jsonPath("$.communities[0].name").value("甲社区"))
                .andExpect(jsonPath("$.communities[0].estates").value(4));
        mvc.perform(get("/api/v1/stats/coverage/estates").param("communityId", String.valueOf(communityA))
                        .with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.community.withCommittee").value(2))
                .andExpect(jsonPath("$.estates.length()").value(4))
                .andExpect(jsonPath("$.estates[?(@.name == '甲三')].committee").value(false))
                .andExpect(jsonPath("$.estates[?(@.name == '甲二')].committee").value(true));
        byte[] xlsx = mvc.perform(get("/console/stats/coverage.xlsx").param("townshipId", String.valueOf(townA))
                .with(fixtures.as(countyUser))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("社区");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲社区");
        }
    }

    @Test
    void anotherTownshipsCommunitiesAndEstatesAre404() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        mvc.perform(get("/api/v1/stats/coverage/communities").param("townshipId", String.valueOf(townA))
                .with(fixtures.as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/coverage/estates").param("communityId", String.valueOf(communityA))
                .with(fixtures.as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/coverage/trend").param("communityId", String.valueOf(communityA))
                .with(fixtures.as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/console/stats/coverage").param("communityId", String.valueOf(communityA))
                .with(fixtures.as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/coverage/estates").param("communityId", String.valueOf(communityB))
                        .with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.estates.length()").value(3));
    }

    @Test
    void theTrendCountsEachMonthEndFromTheHistories() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.LocalDate threeMonthsAgo = java.time.YearMonth.from(today).minusMonths(3).atEndOfMonth();
        // 乙二: a committee filed four months ago and dissolved two months ago; a service period that ended
        jdbc.sql("insert into gov_committee (estate_id, kind, status, formed_on, term_end, filed_on, dissolved_on) "
                        + "values (?, 'INTERIM', 'DISSOLVED', ?, ?, ?, ?)")
                .params(b[1], today.minusMonths(5), today.plusYears(2), today.minusMonths(4), today.minusMonths(2))
                .update();
        jdbc.sql("update mkt_service_mode set from_date = ?, to_date = ?, mode = 'CARETAKER' where estate_id = ?")
                .params(today.minusMonths(6), today.minusMonths(1).withDayOfMonth(1).minusDays(1), b[1]).update();
        String body = mvc.perform(get("/api/v1/stats/coverage/trend").param("townshipId", String.valueOf(townB))
                        .param("months", "6").with(fixtures.as(countyUser)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[5].asOf").value(today.toString()))
                .andReturn().getResponse().getContentAsString();
        JsonNode points = json.readTree(body);
        JsonNode then = points.get(2);
        assertThat(then.get("asOf").asString()).isEqualTo(threeMonthsAgo.toString());
        // three months ago: 乙一's committee (formed today) not yet, 乙二's filed and not yet dissolved
        assertThat(then.get("withCommittee").asLong()).isEqualTo(1);
        assertThat(then.get("withService").asLong()).isEqualTo(1);
        assertThat(then.get("estates").asLong()).isEqualTo(3);
        JsonNode now = points.get(5);
        assertThat(now.get("withCommittee").asLong()).as("乙一 today; 乙二 dissolved").isEqualTo(1);
        assertThat(now.get("withService").asLong()).as("乙二's period ended").isZero();
        assertThat(now.get("committeeFormationRate").decimalValue()).isEqualByComparingTo("0.3333");
        mvc.perform(get("/api/v1/stats/coverage/trend").param("months", "37").with(fixtures.as(countyUser)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("months"));
        mvc.perform(get("/console/stats/coverage").with(fixtures.as(countyUser)))
                .andExpect(content().string(containsString("id=\"coverage-trend-slot\"")))
                .andExpect(content().string(containsString("/console/stats/coverage/trend")));
        mvc.perform(get("/console/stats/coverage/trend").param("townshipId", String.valueOf(townB))
                        .with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"coverage-trend\"")))
                .andExpect(content().string(containsString("&quot;type&quot;:&quot;line&quot;")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theGroupedConditionsAgreeWithEachModulesOwnCoverageOnTheDemoCounty() throws Exception {
        String body = mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode total = json.readTree(body).get("total");
        var taiqian = org.anju.identity.Jurisdiction.region("/1/2/3/", "台前县");
        assertThat(total.get("withCommittee").asLong()).isEqualTo(committees.estatesWithFiledCommittee(taiqian).size());
        assertThat(total.get("withService").asLong()).isEqualTo(services.coveredEstates(taiqian).size());
        assertThat(total.get("withParty").asLong()).isEqualTo(party.coveredEstates(taiqian).size());
        // today's point of the trend, from the histories, is the same picture
        String trend = mvc.perform(get("/api/v1/stats/coverage/trend").param("months", "1").with(fixtures.as("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode today = json.readTree(trend).get(0);
        for (String count : List.of("estates", "withCommittee", "withService", "withParty")) {
            assertThat(today.get(count).asLong()).as(count).isEqualTo(total.get(count).asLong());
        }
    }

    @Test
    void aTownshipSeesOnlyItselfAndAnotherTownshipIs404() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townships.length()").value(1))
                .andExpect(jsonPath("$.townships[0].id").value(townB))
                .andExpect(jsonPath("$.total.estates").value(3));
        mvc.perform(get("/api/v1/stats/coverage").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/stats/coverage").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
    }

    @Test
    void estateBoundAndRegisterlessRolesAreRefused() throws Exception {
        long company = fixtures.company(fixtures.unique("物业"),
                fixtures.unique("C").substring(0, 9) + "000000000", a[0]);
        String manager = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        String department = fixtures.account(Role.DEPARTMENT,
                new Binding(null, null, null, fixtures.department(county, "县财政局"), null));
        String administrator = fixtures.account(Role.ADMINISTRATOR, new Binding(county, null, null, null, null));
        for (String user : List.of(manager, department, administrator)) {
            mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aTownshipWithoutEstatesHasRatesOfZero() throws Exception {
        mvc.perform(get("/api/v1/stats/coverage").param("townshipId", String.valueOf(townEmpty))
                        .with(fixtures.as(countyUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townships.length()").value(0))
                .andExpect(jsonPath("$.total.estates").value(0))
                .andExpect(jsonPath("$.total.committeeFormationRate").value(0.0));
    }

    @Test
    void ratesRoundHalfUpToFourPlaces() {
        assertThat(CoverageRate.of(0, 0)).isEqualTo(new BigDecimal("0.0000"));
        assertThat(CoverageRate.of(3, 3)).isEqualTo(new BigDecimal("1.0000"));
        assertThat(CoverageRate.of(1, 3)).isEqualTo(new BigDecimal("0.3333"));
        assertThat(CoverageRate.of(2, 3)).isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void theTargetsAreDataWithThePlansDefaults() {
        Map<CoverageRate, BigDecimal> first = Map.of(CoverageRate.COMMITTEE, new BigDecimal("0.5000"),
                CoverageRate.SERVICE, new BigDecimal("0.9000"), CoverageRate.PARTY, new BigDecimal("0.9000"));
        assertThat(jdbc.sql("select rate, target from sts_target where year = 2023")
                .query((rs, n) -> Map.entry(CoverageRate.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list())
                .containsExactlyInAnyOrderElementsOf(first.entrySet());
        assertThat(jdbc.sql("select count(*) from sts_target where year = 2024 and target = 1").query(Long.class)
                .single()).isEqualTo(3);
    }

    @Test
    void theDemoCountyHasTownshipsOnBothSidesOfTheNinetyPercentPartyTarget() throws Exception {
        String body = mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        BigDecimal target = new BigDecimal("0.9");
        List<BigDecimal> party = json.readTree(body).get("townships").valueStream()
                .map(t -> t.get("partyCoverageRate").decimalValue()).toList();
        assertThat(party).anyMatch(r -> r.compareTo(target) >= 0).anyMatch(r -> r.compareTo(target) < 0);
    }

    @Test
    void onlyTheCountyChangesATargetAndTheChangeIsAudited() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        try {
            mvc.perform(post("/console/stats/targets").with(fixtures.as(clerk)).with(csrf())
                            .param("year", "2024").param("rate", "COMMITTEE").param("percent", "95"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/stats/targets").with(fixtures.as(countyUser)).with(csrf())
                            .param("year", "2024").param("rate", "COMMITTEE").param("percent", "101"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("目标须为 0% 至 100%")));
            mvc.perform(post("/console/stats/targets").with(fixtures.as(countyUser)).with(csrf())
                            .param("year", "2019").param("rate", "COMMITTEE").param("percent", "50"))
                    .andExpect(status().isUnprocessableContent());
            assertThat(target(2024)).isEqualByComparingTo("1");
            mvc.perform(post("/console/stats/targets").with(fixtures.as(countyUser)).with(csrf())
                            .param("year", "2024").param("rate", "COMMITTEE").param("percent", "95.5"))
                    .andExpect(status().is3xxRedirection());
            assertThat(target(2024)).isEqualByComparingTo("0.955");
            assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'stats-target' "
                    + "and entity_id = '2024/COMMITTEE' and actor = ?").param(countyUser).query(Long.class).single())
                    .isEqualTo(1);
            mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                    .andExpect(jsonPath("$.targets.2024.COMMITTEE").value(0.955));
        } finally {
            jdbc.sql("update sts_target set target = 1 where year = 2024 and rate = 'COMMITTEE'").update();
        }
    }

    private BigDecimal target(int year) {
        return jdbc.sql("select target from sts_target where year = ? and rate = 'COMMITTEE'").param(year)
                .query(BigDecimal.class).single();
    }

    private void committee(long estate, String status) {
        jdbc.sql("insert into gov_committee (estate_id, kind, status, formed_on, term_end) "
                + "values (?, 'OWNERS', ?, current_date, current_date + 1825)").params(estate, status).update();
    }

    private void mode(long estate, String mode) {
        jdbc.sql("insert into mkt_service_mode (estate_id, mode, from_date, recorded_by) values (?, ?, current_date, 't')")
                .params(estate, mode).update();
    }

    private void branch(long community, long... estates) {
        long id = jdbc.sql("insert into pty_organization (kind, name, community_id, host_kind) "
                + "values ('BRANCH', ?, ?, 'ESTATE') returning id").params(fixtures.unique("支部"), community)
                .query(Long.class).single();
        for (long e : estates) {
            jdbc.sql("insert into pty_organization_estate (organization_id, estate_id) values (?, ?)").params(id, e).update();
        }
    }
}
