package org.anju.demo;

import java.util.List;
import org.anju.IntegrationTest;
import org.anju.region.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's market: valid codes, staff, fee items, contracts in every state, one barred company. */
class DemoMarketTests extends IntegrationTest {

    @Test
    void everyDemoCompanyHasAValidCreditCodeDetailsAndStaff() {
        List<String> codes = jdbc.sql("select credit_code from mkt_company where name like '台前县%'").query(String.class)
                .list();
        assertThat(codes).isNotEmpty().allMatch(UnifiedSocialCreditCode::isValid);
        assertThat(jdbc.sql("""
                select count(*) from mkt_company co where co.name like '台前县%'
                  and (co.legal_representative is null or not exists (select 1 from mkt_staff s where s.company_id = co.id))""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mkt_staff where skill_level is not null").query(Long.class).single())
                .isPositive();
    }

    @Test
    void projectsHaveManagersAndFeeItemsAndContractsInEveryState() {
        assertThat(jdbc.sql("select count(*) from mkt_fee_item").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(distinct status) from mkt_contract").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from mkt_handover").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from mkt_company_bar where lifted_on is null").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from mkt_contract k where status = 'TERMINATED' and terminates_on < current_date
                  and not exists (select 1 from mkt_handover h where h.contract_id = k.id)""").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void wuyeSeesItsContractsInEachFilingState() throws Exception {
        for (String state : List.of("SUBMITTED", "RETURNED", "ACCEPTED", "TERMINATED")) {
            mvc.perform(get("/api/v1/contracts").param("status", state).with(fixtures.as("wuye")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));
        }
        mvc.perform(get("/api/v1/contracts/expiring").with(fixtures.as("chengguan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void theMarketPagesRenderTheDemoForEachRole() throws Exception {
        for (String user : List.of("county", "chengguan", "wuye")) {
            for (String path : List.of("/console/companies", "/console/projects", "/console/contracts",
                    "/console/contracts/todo")) {
                mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/console/contracts/todo").with(fixtures.as("county")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("未按期退出")));
        mvc.perform(get("/portal/market")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("拒不退出")));
    }
}
