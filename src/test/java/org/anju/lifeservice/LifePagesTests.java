package org.anju.lifeservice;

import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The life-service pages: the company lists a service, the owner books it in one step, the provider accepts. */
class LifePagesTests extends IntegrationTest {

    long estate;
    String company;
    String owner;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        estate = fixtures.estate(fixtures.region(town, "COMMUNITY", "甲社区"), fixtures.unique("服务小区"));
        long house = fixtures.house(fixtures.building(estate, "3号楼"), "", "502", "80.00");
        long companyId = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410927MA"), estate);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyId, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", house)));
    }

    @Test
    void anOwnerBooksAListedServiceInOneStepAndTheProviderAcceptsIt() throws Exception {
        mvc.perform(post("/console/services").param("estateId", String.valueOf(estate)).param("category", "HOUSEKEEPING")
                        .param("name", "家政保洁").param("provider", "甲物业").param("price", "40").param("unit", "小时")
                        .param("hours", "08:00-18:00").param("areaServed", "本小区").with(fixtures.as(company)).with(csrf()))
                .andExpect(flash().attribute("flash", "service.flash.added"));
        long service = jdbc.sql("select id from lsv_service where estate_id = ?").param(estate).query(Long.class).single();
        mvc.perform(get("/console/services").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("anju-book")));
        mvc.perform(get("/console/services/" + service + "/book").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("3号楼 502")));
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        mvc.perform(post("/console/services/" + service + "/book").param("day", tomorrow.toString()).param("time", "09:30")
                        .param("hours", "2").param("note", "先打电话").with(fixtures.as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/console/bookings"));
        long booking = jdbc.sql("select id from lsv_booking where service_id = ?").param(service).query(Long.class).single();
        mvc.perform(get("/console/bookings").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待受理"))).andExpect(content().string(containsString("09:30")));
        mvc.perform(post("/console/bookings/" + booking + "/accept").with(fixtures.as(company)).with(csrf()))
                .andExpect(flash().attribute("flash", "booking.flash.saved"));
        mvc.perform(post("/console/bookings/" + booking + "/complete").param("quantity", "2").with(fixtures.as(company))
                .with(csrf())).andExpect(flash().attribute("flash", "booking.flash.saved"));
        assertThat(jdbc.sql("select charged from lsv_booking where id = ?").param(booking).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("80.00");
        mvc.perform(post("/console/bookings/" + booking + "/rating").param("rating", "4").with(fixtures.as(owner))
                .with(csrf())).andExpect(flash().attribute("flash", "booking.flash.saved"));
        mvc.perform(get("/console/services/stats").with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(content().string(containsString("anju-chart")));
    }
}
