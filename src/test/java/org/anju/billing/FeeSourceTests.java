package org.anju.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fee items from the project's contract (one source of truth, existing bills untouched) and common income
 * transferred into the maintenance fund by an owners' decision, once (the access matrix rows of
 * /api/v1/bills/fee-items/from-contract and /api/v1/bills/common-income/fund-transfers name this class).
 */
class FeeSourceTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final YearMonth MONTH = YearMonth.from(TODAY);

    long estateA;
    long estateB;
    long project;
    long houseA1;
    long houseA2;
    String company;
    String companyB;
    String clerk;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        estateA = fixtures.estate(fixtures.region(town, "COMMUNITY", "甲社区"), "甲小区");
        estateB = fixtures.estate(fixtures.region(town, "COMMUNITY", "乙社区"), "乙小区");
        long building = fixtures.building(estateA, "1号楼");
        houseA1 = fixtures.house(building, "1", "101", "100.00");
        houseA2 = fixtures.house(building, "1", "102", "50.00");
        long companyId = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410927MA"), estateA);
        long companyIdB = fixtures.company(fixtures.unique("乙物业"), fixtures.unique("91410927MB"), estateB);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyId, null, null));
        companyB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyIdB, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        project = jdbc.sql("select id from mkt_project where estate_id = ?").param(estateA).query(Long.class).single();
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void contract(String name, String price) {
        jdbc.sql("insert into mkt_fee_item (project_id, name, unit_price) values (?, ?, ?)")
                .params(project, name, new BigDecimal(price)).update();
    }

    private ResultActions fromContract(String who, long estate, YearMonth from) throws Exception {
        return json(post("/api/v1/bills/fee-items/from-contract"), who, """
                {"estateId": %d, "validFrom": "%s"}""".formatted(estate, from.atDay(1)));
    }

    @Test
    void theContractsFeeItemsBecomeBillingItemsOnceAndAPriceChangeStartsANewItemWithoutTouchingBills()
            throws Exception {
        // before the contract: an item entered by the company, and a month billed with it
        json(post("/api/v1/bills/fee-items"), company, """
                {"estateId": %d, "kind": "PROPERTY", "basis": "PER_M2", "name": "物业费", "unitPrice": 0.80,
                 "validFrom": "%s"}""".formatted(estateA, MONTH.minusMonths(3).atDay(1))).andExpect(status().isCreated());
        json(post("/api/v1/bills/batches"), company, """
                {"estateId": %d, "period": "%s", "idempotencyKey": "source-%d"}"""
                .formatted(estateA, MONTH.minusMonths(2), estateA)).andExpect(status().isOk());
        fromContract(company, estateA, MONTH).andExpect(status().isUnprocessableEntity());
        contract("物业服务费", "1.20");
        contract("电梯运行费", "0.25");
        fromContract(clerk, estateA, MONTH).andExpect(status().isForbidden());
        fromContract(companyB, estateA, MONTH).andExpect(status().isNotFound());
        fromContract(company, estateA, MONTH).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("PROPERTY"))
                .andExpect(jsonPath("$[0].contractItem").value("物业服务费"))
                .andExpect(jsonPath("$[1].kind").value("SHARED_UTILITY"));
        // again: nothing new
        fromContract(company, estateA, MONTH).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        // the local property fee ends the month before; its bills keep their price
        assertThat(jdbc.sql("select valid_to from bil_fee_item where project_id = ? and name = '物业费'").param(project)
                .query(LocalDate.class).single()).isEqualTo(MONTH.atDay(1).minusDays(1));
        assertThat(jdbc.sql("select distinct unit_price from bil_bill where estate_id = ?").param(estateA)
                .query(BigDecimal.class).single()).isEqualByComparingTo("0.80");
        // a new item must be one of the contract's, at its price
        json(post("/api/v1/bills/fee-items"), company, """
                {"estateId": %d, "kind": "SHARED_UTILITY", "basis": "PER_HOUSE", "name": "二次供水费", "unitPrice": 5,
                 "validFrom": "%s"}""".formatted(estateA, MONTH.plusMonths(1).atDay(1)))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("name"));
        // the contract's price changes: next month a new item, the old one ends
        jdbc.sql("update mkt_fee_item set unit_price = 1.30 where project_id = ? and name = '物业服务费'")
                .param(project).update();
        fromContract(company, estateA, MONTH.plusMonths(1)).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].unitPrice").value(1.30));
        assertThat(jdbc.sql("select count(*) from bil_fee_item where project_id = ? and contract_item = '物业服务费'"
                        + " and valid_to = ?").params(project, MONTH.plusMonths(1).atDay(1).minusDays(1))
                .query(Long.class).single()).isEqualTo(1);
    }

    private ResultActions common(String who, boolean income, String amount) throws Exception {
        return json(post("/api/v1/bills/common-income"), who, """
                {"estateId": %d, "income": %s, "category": "ADVERTISING", "amount": %s, "note": "电梯广告"}"""
                .formatted(estateA, income, amount));
    }

    private ResultActions transfer(String who, String amount, String key) throws Exception {
        return json(post("/api/v1/bills/common-income/fund-transfers"), who, """
                {"estateId": %d, "amount": %s, "decisionRef": "VOTE-7-3", "note": "业主大会决定", "idempotencyKey": "%s"}"""
                .formatted(estateA, amount, key));
    }

    @Test
    void commonIncomeGoesToTheFundOnceByDecisionAndNeverMoreThanTheAccountHolds() throws Exception {
        common(company, true, "1000.00").andExpect(status().isOk());
        common(company, false, "200.00").andExpect(status().isOk());
        String key = fixtures.unique("transfer-");
        transfer(clerk, "300.00", key).andExpect(status().isForbidden());
        transfer(company, "800.01", key).andExpect(status().isUnprocessableEntity());
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(transfer(company, "300.00", key)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        transfer(company, "300.00", key).andExpect(status().isOk()).andExpect(jsonPath("$.replayed").value(true))
                .andExpect(jsonPath("$.id").value(id));
        assertThat(jdbc.sql("select count(*) from bil_fund_transfer where estate_id = ?").param(estateA)
                .query(Long.class).single()).isEqualTo(1);
        // 500 left: a second transfer of 500.01 is refused
        transfer(company, "500.01", fixtures.unique("transfer-")).andExpect(status().isUnprocessableEntity());
        // the fund posts it once, by exclusive area: 200.00 and 100.00
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from fnd_common_income where transfer_ref = ?").param(String.valueOf(id))
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("""
                        select -sum(l.amount) from fnd_line l join fnd_account a on a.id = l.account_id
                        where a.house_id = ?""").param(houseA1).query(BigDecimal.class).single())
                .isEqualByComparingTo("200.00");
        mvc.perform(get("/api/v1/bills/common-income/fund-transfers").param("estateId", String.valueOf(estateA))
                        .param("year", String.valueOf(TODAY.getYear())).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$[0].amount").value(300.00));
        mvc.perform(get("/api/v1/bills/common-income/fund-transfers").param("estateId", String.valueOf(estateA))
                .param("year", String.valueOf(TODAY.getYear())).with(fixtures.as(companyB)))
                .andExpect(status().isNotFound());
    }
}
