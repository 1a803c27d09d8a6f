package org.anju.demo;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The default run shows issue 13's plan tasks with the demo accounts: sorting pilots with checks and missed days,
 * two service areas with stations and funding, courses with attendance, a published 最美物业人 and one open for
 * yezhu's vote on the phone page.
 */
class PlanWorkDemoTests extends IntegrationTest {

    @Test
    void theCountySeesSortingCoverageAndShequSeesAPilotsMissedDays() throws Exception {
        mvc.perform(get("/console/garbage").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("garbage-chart")));
        mvc.perform(get("/api/v1/garbage/coverage").with(fixtures.as("county")))
                .andExpect(jsonPath("$[0].inPlace", greaterThanOrEqualTo(2)));
        String pilots = mvc.perform(get("/api/v1/garbage/sites").param("status", "PILOT").with(fixtures.as("shequ")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(pilots, "$.content[*].estateId");
        assertThat(ids).isNotEmpty();
        mvc.perform(get("/api/v1/garbage/sites/" + ids.get(0) + "/checks").with(fixtures.as("shequ")))
                .andExpect(jsonPath("$.checks.length()", greaterThanOrEqualTo(20)))
                .andExpect(jsonPath("$.missed.length()", greaterThanOrEqualTo(1)));
        mvc.perform(get("/console/garbage/" + ids.get(0)).with(fixtures.as("shequ"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("check-form")));
    }

    @Test
    void chengguanHasTwoServiceAreasWithStationsAndFunding() throws Exception {
        mvc.perform(get("/console/renewal").with(fixtures.as("chengguan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("城关镇老城东片区")))
                .andExpect(content().string(containsString("老城西物业服务站")));
        String areas = mvc.perform(get("/api/v1/renewal/service-areas").with(fixtures.as("chengguan")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(areas, "$.content[*].id")).hasSizeGreaterThanOrEqualTo(2);
        List<Integer> east = JsonPath.read(areas, "$.content[?(@.name == '城关镇老城东片区')].id");
        mvc.perform(get("/api/v1/renewal/service-areas/" + east.get(0)).with(fixtures.as("chengguan")))
                .andExpect(jsonPath("$.fundingTotal").value(241760.35));
        String estates = mvc.perform(get("/api/v1/renewal/estates").param("status", "DONE").with(fixtures.as("county")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> old = JsonPath.read(estates, "$.content[*].estateId");
        mvc.perform(get("/console/renewal/estates/" + old.get(0)).with(fixtures.as("chengguan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("renovation-form")));
    }

    @Test
    void coursesCompetitionAndCertificatesAreShown() throws Exception {
        mvc.perform(get("/api/v1/workforce/trainings").with(fixtures.as("county")))
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(4)));
        mvc.perform(get("/console/workforce").with(fixtures.as("chengguan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("业委会(物管会)成员履职能力培训")));
        mvc.perform(get("/console/workforce/certificates").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("certificates-table")));
        mvc.perform(get("/api/v1/workforce/trainings").with(fixtures.as("wuye")))
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(1)));
    }

    @Test
    void yezhuVotesInChengguansSelectionAndTheCountysResultIsPublic() throws Exception {
        String list = mvc.perform(get("/api/v1/workforce/selections").with(fixtures.as("yezhu")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> voting = JsonPath.read(list, "$.content[?(@.status == 'VOTING')].id");
        assertThat(voting).hasSize(1);
        mvc.perform(get("/console/workforce/selections/" + voting.get(0)).with(fixtures.as("yezhu")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("vote-button")));
        mvc.perform(get("/console/workforce/selections").with(fixtures.as("chengguan"))).andExpect(status().isOk());
        String page = mvc.perform(get("/public/staff-selections")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("台前县最美物业人").doesNotContainPattern("1[3-9]\\d{9}")
                .doesNotContainPattern("\\d{17}[0-9Xx]");
    }
}
