package org.anju.demo;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's complaints: about 60 in 台前县 in every state, work waiting for bumen, wuye and yezhu, the estates placed
 * on the map, and photos on yezhu's report.
 */
class DemoCaseworkTests extends IntegrationTest {

    @Test
    void taiqianHasAboutSixtyComplaintsInEveryStateSomeOverdueAndRated() {
        assertThat(count("select count(*) from cas_case where entered_by in ('app', 'hotline')")).isBetween(55L, 70L);
        for (String s : new String[] {"PENDING", "DISPATCHED", "ACCEPTED", "RESOLVED", "CLOSED"}) {
            assertThat(count("select count(*) from cas_case where entered_by in ('app', 'hotline') and status = '" + s
                    + "'")).as(s).isPositive();
        }
        assertThat(count("select count(*) from cas_case where escalated_at is not null and status in"
                + " ('PENDING', 'DISPATCHED', 'ACCEPTED') and due_at < now()")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from cas_case where rating = 'UNSATISFIED'")).isPositive();
        assertThat(count("select count(distinct to_char(received_at, 'YYYY-MM')) from cas_case")).isGreaterThan(1);
    }

    @Test
    void bumenWuyeAndYezhuHaveCasesToHandle() throws Exception {
        mvc.perform(get("/api/v1/complaints").param("status", "DISPATCHED").with(fixtures.as("bumen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/complaints").param("status", "DISPATCHED").with(fixtures.as("wuye")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/complaints").param("status", "RESOLVED").with(fixtures.as("yezhu")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/complaints").param("overdue", "true").with(fixtures.as("chengguan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements", greaterThan(0)));
        mvc.perform(get("/api/v1/stats/casework").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.satisfactionRate", greaterThan(50.0)));
    }

    @Test
    void everyTaiqianEstateIsOnTheMapAndYezhusReportCarriesPhotos() throws Exception {
        // (tests may add estates of their own to the county: those have no position)
        assertThat(count("select count(*) from reg_estate e where e.region_path like '/1/2/3/%'"
                + " and e.longitude between 115.5 and 116.3 and e.latitude between 35.7 and 36.3")).isGreaterThan(50);
        mvc.perform(get("/api/v1/complaints/map").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.estates.length()", greaterThan(10)));
        long resolved = jdbc.sql("select id from cas_case where status = 'RESOLVED' and reporter_account_id ="
                + " (select id from idn_account where username = 'yezhu')").query(Long.class).single();
        mvc.perform(get("/api/v1/complaints/" + resolved).with(fixtures.as("yezhu"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.photos.length()").value(3));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
