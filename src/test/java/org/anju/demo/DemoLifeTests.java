package org.anju.demo;

import java.math.BigDecimal;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo shows fees and life services: bills paid and in arrears, yezhu's bill to pay and booking. */
class DemoLifeTests extends IntegrationTest {

    @Test
    void lastMonthIsMostlyPaidWithSomeHousesInArrearsAndEveryProjectHasAFee() {
        BigDecimal rate = jdbc.sql("""
                        select sum(paid) / sum(amount) from bil_bill
                        where period = (select min(period) from bil_bill where batch_id in
                                        (select id from bil_batch where idempotency_key like 'demo:%'))""")
                .query(BigDecimal.class).single();
        assertThat(rate).isBetween(new BigDecimal("0.70"), new BigDecimal("0.95"));
        assertThat(jdbc.sql("select count(*) from bil_arrears_step where recorded_by = 'system'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select count(*) from bil_fee_item").query(Long.class).single()).isPositive();
    }

    @Test
    void yezhuHasABillToPayAndABookingAndWuyeSeesTheCalendar() throws Exception {
        mvc.perform(get("/console/me/bills").with(fixtures.as("yezhu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("anju-pay")));
        mvc.perform(get("/api/v1/bookings").with(fixtures.as("yezhu"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/bookings").param("status", "REQUESTED").with(fixtures.as("wuye")))
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/v1/services").with(fixtures.as("yezhu")))
                .andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(5)));
        mvc.perform(get("/console/services/stats").with(fixtures.as("chengguan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("anju-chart")));
    }
}
