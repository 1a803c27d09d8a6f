package org.anju.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fee pages: the company bills the month, an owner pays on the phone page (a double tap pays once). */
class FeePagesTests extends IntegrationTest {

    static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    long estate;
    long house;
    String company;
    String owner;
    String committee;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        estate = fixtures.estate(fixtures.region(town, "COMMUNITY", "甲社区"), fixtures.unique("页面小区"));
        house = fixtures.house(fixtures.building(estate, "1号楼"), "1", "101", "80.00");
        long companyId = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410927MA"), estate);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyId, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", house)));
        committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
    }

    @Test
    void theCompanyBillsTheMonthAndTheOwnerPaysOnceOnThePhonePageAndDownloadsTheReceipt() throws Exception {
        mvc.perform(post("/api/v1/bills/fee-items").with(fixtures.as(company)).with(csrf())
                .contentType("application/json").content("""
                        {"estateId": %d, "kind": "PROPERTY", "basis": "PER_M2", "name": "物业服务费", "unitPrice": 1.25,
                         "validFrom": "%s"}""".formatted(estate, YearMonth.parse(MONTH).atDay(1))))
                .andExpect(status().isCreated());
        mvc.perform(get("/console/bills").param("estateId", String.valueOf(estate)).with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("batch-form")));
        mvc.perform(post("/console/bills/batches").param("estateId", String.valueOf(estate)).param("period", MONTH)
                        .param("key", "page-batch-" + estate).with(fixtures.as(company)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "billing.flash.batch"));
        long bill = jdbc.sql("select id from bil_bill where house_id = ?").param(house).query(Long.class).single();
        mvc.perform(get("/console/me/bills").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("在线支付 100.00 元")))
                .andExpect(content().string(containsString("width=device-width")));
        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(post("/console/me/bills/" + bill + "/pay").param("amount", "100.00").param("key", "web-tap-" + bill)
                            .with(fixtures.as(owner)).with(csrf()))
                    .andExpect(redirectedUrl("/console/me/bills"));
        }
        assertThat(jdbc.sql("select count(*) from bil_payment where bill_id = ?").param(bill).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select paid from bil_bill where id = ?").param(bill).query(BigDecimal.class).single())
                .isEqualByComparingTo("100.00");
        mvc.perform(get("/console/me/bills").with(fixtures.as(owner)))
                .andExpect(content().string(not(containsString("anju-pay"))))
                .andExpect(content().string(containsString("已缴清")));
        byte[] pdf = mvc.perform(get("/console/me/bills/" + bill + "/receipts").with(fixtures.as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(BillingTests.text(pdf)).contains("物业服务费缴费收据");
    }

    @Test
    void theArrearsPagesShowTheLawAndTheFormsOfEachRole() throws Exception {
        LocalDate past = YearMonth.parse(MONTH).minusMonths(2).atDay(1);
        mvc.perform(post("/api/v1/bills/fee-items").with(fixtures.as(company)).with(csrf())
                .contentType("application/json").content("""
                        {"estateId": %d, "kind": "PROPERTY", "basis": "PER_HOUSE", "name": "物业服务费", "unitPrice": 50,
                         "validFrom": "%s"}""".formatted(estate, past))).andExpect(status().isCreated());
        mvc.perform(post("/console/bills/batches").param("estateId", String.valueOf(estate))
                .param("period", YearMonth.from(past).toString()).param("key", "page-arrears-" + estate)
                .with(fixtures.as(company)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/arrears").param("estateId", String.valueOf(estate)).with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第九百四十四条")))
                .andExpect(content().string(containsString("50.00")));
        mvc.perform(post("/console/arrears/houses/" + house + "/steps").param("measure", "LAWSUIT")
                        .with(fixtures.as(company)).with(csrf()))
                .andExpect(flash().attribute("errorKey", "arrears.error.reminderFirst"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        mvc.perform(post("/console/arrears/houses/" + house + "/steps").param("measure", "WRITTEN_REMINDER")
                        .param("takenOn", today.toString()).param("deadline", today.plusDays(15).toString())
                        .with(fixtures.as(company)).with(csrf()))
                .andExpect(flash().attribute("flash", "arrears.flash.step"));
        mvc.perform(get("/console/arrears/houses/" + house).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(content().string(containsString("step-form"))).andExpect(content().string(containsString("书面催告")));
        mvc.perform(get("/console/arrears/houses/" + house).with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("记录恶意欠费")))
                .andExpect(content().string(not(containsString("step-form"))));
    }

    @Test
    void theCompanyKeepsTheCommonIncomeAccountAndTheCommitteeReadsIt() throws Exception {
        mvc.perform(post("/console/bills/common-income").param("estateId", String.valueOf(estate)).param("income", "true")
                        .param("category", "ADVERTISING").param("amount", "1000.00").param("note", "电梯广告")
                        .with(fixtures.as(company)).with(csrf()))
                .andExpect(flash().attribute("flash", "commonIncome.flash.recorded"));
        mvc.perform(post("/console/bills/common-income").param("estateId", String.valueOf(estate)).param("income", "false")
                        .param("category", "ADVERTISING").param("amount", "-5").param("note", "电费")
                        .with(fixtures.as(company)).with(csrf()))
                .andExpect(flash().attribute("errorKey", "billing.error.amount"));
        mvc.perform(get("/console/bills/common-income").param("estateId", String.valueOf(estate))
                        .with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1000.00 元")))
                .andExpect(content().string(not(containsString("common-form"))));
    }
}
