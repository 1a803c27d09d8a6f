package org.anju.calendar;

import java.time.LocalDate;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shipped 2026 calendar, and who may change it (the access matrix rows of /api/v1/calendar name this class). */
class CalendarApiTests extends IntegrationTest {

    /** A Saturday far away that no rule uses, so the shared database is unchanged for the others. */
    static final LocalDate SPARE = LocalDate.parse("2099-01-03");

    @Autowired
    WorkingCalendar calendar;

    String county;
    String township;

    @BeforeEach
    void accounts() {
        long c = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long t = fixtures.region(c, "TOWNSHIP", "甲镇");
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(c, null, null, null, null));
        township = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(t, null, null, null, null));
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from cal_day where day >= '2099-01-01'").update();
        jdbc.sql("delete from cal_year where year = 2099").update();
    }

    @Test
    void theOfficial2026CalendarShipsAndDeadlinesCountWithIt() throws Exception {
        mvc.perform(get("/api/v1/calendar/years/2026").with(fixtures.as(township)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entered").value(true))
                .andExpect(jsonPath("$.days[?(@.day == '2026-10-10')].kind", hasItem("WORKDAY")))
                .andExpect(jsonPath("$.days[?(@.day == '2026-02-23')].name", hasItem("春节")));
        mvc.perform(get("/api/v1/calendar/deadline").param("received", "2026-09-30").param("workingDays", "3")
                        .with(fixtures.as(township)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadline").value("2026-10-10"));
        assertThat(calendar.deadline(LocalDate.parse("2026-02-13"), 2)).isEqualTo(LocalDate.parse("2026-02-24"));
    }

    @Test
    void theCountyEditsADayAndTheDeadlineMovesAtOnce() throws Exception {
        LocalDate friday = SPARE.minusDays(1);
        assertThat(calendar.deadline(friday, 1)).isEqualTo(SPARE.plusDays(2));
        mvc.perform(put("/api/v1/calendar/days/" + SPARE).with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKDAY\",\"name\":\"调休上班\"}"))
                .andExpect(status().isOk());
        assertThat(calendar.deadline(friday, 1)).isEqualTo(SPARE);
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'calendar-day' and entity_id = ?")
                .param(SPARE.toString()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(delete("/api/v1/calendar/days/" + SPARE).with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(calendar.deadline(friday, 1)).isEqualTo(SPARE.plusDays(2));
        mvc.perform(delete("/api/v1/calendar/days/" + SPARE).with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTownshipCannotChangeTheCalendar() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/" + SPARE).with(fixtures.as(township)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"假日\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/calendar/years").with(fixtures.as(township)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2099,\"source\":\"通知\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from cal_day where day = ?").param(SPARE).query(Long.class).single())
                .isZero();
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefusedInChinese() throws Exception {
        LocalDate monday = SPARE.plusDays(2);
        mvc.perform(put("/api/v1/calendar/days/" + monday).with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKDAY\",\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        mvc.perform(put("/api/v1/calendar/days/" + monday).with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKDAY\",\"name\":\"调休\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("周一至周五本来就是工作日，调休上班日应为周六或周日"));
        assertThat(jdbc.sql("select count(*) from cal_day where day = ?").param(monday).query(Long.class).single())
                .isZero();
    }

    @Test
    void theCountyRecordsANewYearAndThePageShowsIt() throws Exception {
        mvc.perform(get("/console/system/calendar").param("year", "2099").with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("未录入")));
        mvc.perform(post("/console/system/calendar/years").param("year", "2099").param("source", "2099年通知")
                        .with(fixtures.as(county)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/system/calendar").param("year", "2099").with(fixtures.as(township)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("2099年通知")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("calendar-day-form"))));
        assertThat(calendar.days().knows(2099)).isTrue();
    }
}
