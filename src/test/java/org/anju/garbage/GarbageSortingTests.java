package org.anju.garbage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.measure.RegionMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

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
 * Garbage sorting through the API: who sets an estate up, who records the daily check (one per day), the missed
 * days, coverage and the assessment measures (the access matrix rows of /api/v1/garbage name this class).
 */
class GarbageSortingTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    List<RegionMeasure> measures;

    String countyPath;
    long estate;
    long estateB;
    long bare;
    String county;
    String clerk;
    String clerkB;
    String community;
    String company;
    String otherCompany;
    String owner;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("分类县"));
        countyPath = jdbc.sql("select path from reg_region where id = ?").param(region).query(String.class).single();
        long town = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(town, "COMMUNITY", "甲社区");
        estate = fixtures.estate(communityA, "甲小区");
        bare = fixtures.estate(communityA, "丙小区");
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA"), estate), null, null));
        otherCompany = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MB"), estateB), null, null));
        long building = fixtures.building(estate, "1号楼");
        long house = fixtures.house(building, "1", "101", "90.00");
        long ownerId = fixtures.owner("分类业主", fixtures.unique("4109271990"), "13800000001", house);
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerId));
    }

    ResultActions setUp(String who, long estateId, String status, int hazardous) throws Exception {
        return mvc.perform(put("/api/v1/garbage/sites/" + estateId).with(fixtures.as(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status":"%s","startedOn":"%s","binsKitchen":6,"binsRecyclable":4,"binsHazardous":%d,
                         "binsOther":6,"transferVehicles":1,"transferNote":"每日傍晚清运","guides":2,"noticeBoards":1,
                         "recyclingPoint":true}""".formatted(status, TODAY.minusDays(10), hazardous)));
    }

    ResultActions check(String who, long estateId, LocalDate day, boolean cleared, String note) throws Exception {
        return mvc.perform(post("/api/v1/garbage/sites/" + estateId + "/checks").with(fixtures.as(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"checkedOn\":\"" + day + "\",\"cleared\":" + cleared
                        + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}"));
    }

    @Test
    void theTownshipCommunityOrServingCompanySetsUpAnEstateOthersAreRefused() throws Exception {
        setUp(clerkB, estate, "PILOT", 1).andExpect(status().isNotFound());
        setUp(otherCompany, estate, "PILOT", 1).andExpect(status().isNotFound());
        setUp(owner, estate, "PILOT", 1).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from gbg_site where estate_id = ?").param(estate).query(Long.class).single())
                .isZero();
        setUp(clerk, estate, "PILOT", 0).andExpect(status().isOk()).andExpect(jsonPath("$.inPlace").value(false));
        setUp(company, estate, "PILOT", 1).andExpect(status().isOk()).andExpect(jsonPath("$.inPlace").value(true))
                .andExpect(jsonPath("$.guides").value(2));
        mvc.perform(get("/api/v1/garbage/sites/" + estate).with(fixtures.as(owner))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/garbage/sites/" + estate).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/garbage/sites").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].estateId", not(hasItem((int) estate))));
        mvc.perform(get("/api/v1/garbage/sites").param("status", "PILOT").with(fixtures.as(community)))
                .andExpect(jsonPath("$.content[*].estateId", hasItem((int) estate)));
    }

    @Test
    void oneCheckPerEstateAndDayByTheCommunityOrCompanyAndTheMissedDaysShow() throws Exception {
        check(community, estate, TODAY.minusDays(1), true, null).andExpect(status().isUnprocessableContent());
        setUp(clerk, estate, "PILOT", 1).andExpect(status().isOk());
        check(clerk, estate, TODAY.minusDays(1), true, null).andExpect(status().isForbidden());
        check(otherCompany, estate, TODAY.minusDays(1), true, null).andExpect(status().isNotFound());
        check(company, estate, TODAY.minusDays(1), true, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cleared").value(true));
        check(community, estate, TODAY.minusDays(1), false, "漏运").andExpect(status().isUnprocessableContent());
        check(community, estate, TODAY.minusDays(2), false, null).andExpect(status().isBadRequest());
        check(community, estate, TODAY.minusDays(2), false, "清运车故障").andExpect(status().isCreated());
        check(community, estate, TODAY.plusDays(1), true, null).andExpect(status().isUnprocessableContent());
        check(community, estate, TODAY.minusDays(11), true, null).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from gbg_check where estate_id = ?").param(estate).query(Long.class)
                .single()).isEqualTo(2);
        // started 10 days ago: days -10 to -3 unchecked, -2 not cleared, -1 cleared, today still open
        mvc.perform(get("/api/v1/garbage/sites/" + estate + "/checks").with(fixtures.as(community)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missed.length()").value(9))
                .andExpect(jsonPath("$.missed", hasItem(TODAY.minusDays(2).toString())))
                .andExpect(jsonPath("$.missed", not(hasItem(TODAY.minusDays(1).toString()))))
                .andExpect(jsonPath("$.clearanceRate").value(9.1));
        mvc.perform(get("/api/v1/garbage/sites/" + estate + "/checks").with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/garbage/" + estate).with(fixtures.as(community))).andExpect(status().isOk())
                .andExpect(content().string(containsString("missed-days")))
                .andExpect(content().string(containsString(TODAY.minusDays(2).toString())));
    }

    @Test
    void coverageCountsEstatesWithSortingInPlacePerTownshipAndTheMeasuresAgree() throws Exception {
        setUp(clerk, estate, "ROLLED_OUT", 1).andExpect(status().isOk());
        setUp(clerkB, estateB, "PILOT", 0).andExpect(status().isOk());
        mvc.perform(get("/api/v1/garbage/coverage").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].regionName").value("甲镇")).andExpect(jsonPath("$[0].estates").value(2))
                .andExpect(jsonPath("$[0].inPlace").value(1)).andExpect(jsonPath("$[0].percent").value(50.0))
                .andExpect(jsonPath("$[1].inPlace").value(0)).andExpect(jsonPath("$[1].pilots").value(1));
        mvc.perform(get("/api/v1/garbage/coverage").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].regionName").value("乙社区"));
        mvc.perform(get("/api/v1/garbage/coverage").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].estates").value(1));
        check(company, estate, TODAY.minusDays(1), true, null).andExpect(status().isCreated());
        assertThat(measure("garbage.sorting-coverage").value(countyPath, TODAY.withDayOfYear(1), TODAY))
                .contains(new BigDecimal("33.3"));
        // two sites of 11 due days each (10 days ago to today), 1 cleared
        assertThat(measure("garbage.clearance-rate").value(countyPath, TODAY.minusDays(30), TODAY))
                .contains(new BigDecimal("4.5"));
        mvc.perform(get("/console/garbage").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("garbage-chart")));
    }

    private RegionMeasure measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
