package org.anju.market;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service modes per management area (decision 0027): one current period per area, and an estate counts as covered
 * only when every one of its areas has a mode other than NONE, in this module's coverage and in the stats API.
 */
class ServiceModeAreaTests extends IntegrationTest {

    @Autowired
    ServiceCoverage coverage;

    long county;
    long estate;
    long north;
    long south;
    String clerk;

    @BeforeEach
    void place() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        long community = fixtures.region(town, "COMMUNITY", "甲社区");
        estate = fixtures.estate(community, "分区小区");
        north = jdbc.sql("select reg_default_area(?)").param(estate).query(Long.class).single();
        south = fixtures.area(estate, "南区");
        fixtures.house(fixtures.building(estate, north, "1号楼"), "1", "101", "90.00");
        fixtures.house(fixtures.building(estate, south, "2号楼"), "1", "101", "90.00");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void aSplitEstateNeedsTheAreaAndEachAreaKeepsItsOwnCurrentMode() throws Exception {
        change(null, "SELF_MANAGED").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        change(north, "SELF_MANAGED").andExpect(status().isCreated()).andExpect(jsonPath("$.areaId").value(north));
        change(south, "COMMUNITY_CUSTODY").andExpect(status().isCreated()).andExpect(jsonPath("$.areaId").value(south));
        mvc.perform(get("/api/v1/service-modes").param("estateId", String.valueOf(estate)).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].mode").value("SELF_MANAGED"))
                .andExpect(jsonPath("$.content[1].mode").value("COMMUNITY_CUSTODY"))
                .andExpect(jsonPath("$.content[1].areaName").value("南区"));
        mvc.perform(get("/console/service-modes/" + estate).param("areaId", String.valueOf(south)).with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("南区")));
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into mkt_service_mode (estate_id, area_id, mode, from_date, recorded_by)
                        values (?, ?, 'NONE', current_date, 'test')""").params(estate, south).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void anEstateIsCoveredOnlyWhenEveryAreaIs() throws Exception {
        String countyUser = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        change(north, "SELF_MANAGED").andExpect(status().isCreated());
        assertThat(coverage.coveredEstates(java.util.List.of(estate))).isEmpty();
        mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                .andExpect(jsonPath("$.total.estates").value(1)).andExpect(jsonPath("$.total.withService").value(0));
        change(south, "COMMUNITY_CUSTODY").andExpect(status().isCreated());
        assertThat(coverage.coveredEstates(java.util.List.of(estate))).containsExactly(estate);
        mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                .andExpect(jsonPath("$.total.withService").value(1));
    }

    private ResultActions change(Long area, String mode) throws Exception {
        return mvc.perform(post("/api/v1/estates/" + estate + "/service-modes").with(csrf()).with(fixtures.as(clerk))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\":\"" + mode + "\",\"from\":\"2024-01-01\"" + (area == null ? "" : ",\"areaId\":" + area)
                        + "}"));
    }
}
