package org.anju.region;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EstateApiTests extends IntegrationTest {

    long county;
    long townA;
    long townB;
    long communityA;
    long estateA;
    long estateB;

    @BeforeEach
    void register() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(communityB, "乙小区");
        long building = fixtures.building(estateA, "1号楼");
        fixtures.house(building, "1", "101", "88.50");
        fixtures.house(building, "1", "102", "90.25");
    }

    @Test
    void aTownshipListsOnlyTheEstatesOfItsTownship() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        mvc.perform(get("/api/v1/estates").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("甲小区"))
                .andExpect(jsonPath("$.content[0].townshipName").value("甲镇"))
                .andExpect(jsonPath("$.content[0].communityName").value("甲社区"))
                .andExpect(jsonPath("$.content[0].houses").value(2))
                .andExpect(jsonPath("$.content[0].totalArea").value(178.75));
    }

    @Test
    void anEstateOfAnotherTownshipAnswers404() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        mvc.perform(get("/api/v1/estates/" + estateB).with(fixtures.as(clerk)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("记录不存在或不在您的管辖范围内"));
    }

    @Test
    void aTownshipCreatesAnEstateInItsCommunityButNotElsewhere() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerk)).with(csrfToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"新建小区\",\"communityId\":" + communityA + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("新建小区"));
        long before = jdbc.sql("select count(*) from reg_estate").query(Long.class).single();
        long foreignCommunity = fixtures.region(townB, "COMMUNITY", "丙社区");
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerk)).with(csrfToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"越界小区\",\"communityId\":" + foreignCommunity + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerk)).with(csrfToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"镇级小区\",\"communityId\":" + townA + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("communityId"));
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerk)).with(csrfToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"communityId\":\"abc\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/estates").param("size", "500").with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from reg_estate").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theRegionTreeOfATownshipHoldsOnlyItsBranch() throws Exception {
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        mvc.perform(get("/api/v1/regions").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("甲镇"))
                .andExpect(jsonPath("$[0].level").value("TOWNSHIP"))
                .andExpect(jsonPath("$[0].children[*].name", hasItem("甲社区")))
                .andExpect(jsonPath("$[*].name", not(hasItem("乙镇"))));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrfToken() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
