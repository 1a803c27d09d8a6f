package org.anju.billing;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fees through the API: fee items, the idempotent batch, exact amounts, idempotent payments that cannot
 * overpay, receipts, statements, collection rates, and jurisdiction (the access matrix rows of /api/v1/bills
 * and /api/v1/payments name this class).
 */
class BillingTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    Bills billsApi;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String THIS_MONTH = YearMonth.from(TODAY).toString();

    long townA;
    long estateA;
    long estateB;
    long houseA1;
    long houseA2;
    long houseB;
    String company;
    String companyB;
    String ownerA;
    String ownerB;
    String clerkA;
    String clerkB;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        estateA = fixtures.estate(fixtures.region(townA, "COMMUNITY", "甲社区"), "甲小区");
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        long buildingA = fixtures.building(estateA, "1号楼");
        houseA1 = fixtures.house(buildingA, "1", "101", "88.88");
        houseA2 = fixtures.house(buildingA, "1", "102", "100.10");
        houseB = fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00");
        long ownerIdA = fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", houseA1);
        long ownerIdB = fixtures.owner("乙业主", fixtures.unique("4109271981"), "13800000002", houseB);
        long companyId = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410927MA"), estateA);
        long companyIdB = fixtures.company(fixtures.unique("乙物业"), fixtures.unique("91410927MB"), estateB);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyId, null, null));
        companyB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyIdB, null, null));
        ownerA = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerIdA));
        ownerB = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerIdB));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
    }

    @Test
    void theBatchIsIdempotentRunTwiceTheSameBillsAndAmountsAreExactToTheFen() throws Exception {
        feeItem(company, estateA, "PROPERTY", "PER_M2", "物业服务费", "0.85");
        feeItem(company, estateA, "SHARED_UTILITY", "PER_HOUSE", "公摊水电", "12.345");
        assertThat(billsApi.publishedFor(estateA)).extracting(BillingView.FeeItem::name)
                .containsExactly("物业服务费", "公摊水电");
        batch(company, estateA, THIS_MONTH, "run-" + estateA + "-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.billsCreated").value(4))
                // 88.88 x 0.85 = 75.548 -> 75.55; 100.10 x 0.85 = 85.085 -> 85.09; 12.345 -> 12.35 twice
                .andExpect(jsonPath("$.amountCreated").value(185.34));
        long first = bills(estateA);
        batch(company, estateA, THIS_MONTH, "run-" + estateA + "-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.billsCreated").value(4));
        batch(company, estateA, THIS_MONTH, "run-" + estateA + "-2").andExpect(status().isOk())
                .andExpect(jsonPath("$.billsCreated").value(0));
        assertThat(bills(estateA)).isEqualTo(first).isEqualTo(4);
        assertThat(jdbc.sql("select amount from bil_bill where house_id = ? and unit_price = 0.85").param(houseA2)
                .query(BigDecimal.class).single()).isEqualByComparingTo(FeeRule.amount(new BigDecimal("100.10"),
                new BigDecimal("0.85"))).isEqualByComparingTo("85.09");
        // the same key for another period is refused; another company cannot bill estate A
        batch(company, estateA, YearMonth.from(TODAY).minusMonths(1).toString(), "run-" + estateA + "-1")
                .andExpect(status().isUnprocessableEntity());
        batch(companyB, estateA, THIS_MONTH, "run-other-" + estateA).andExpect(status().isNotFound());
        batch(clerkA, estateA, THIS_MONTH, "run-clerk-" + estateA).andExpect(status().isForbidden());
        batch(company, estateA, "2026-13", "run-bad-" + estateA).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("period")));
    }

    @Test
    void anOwnerPaysOnlineOnceEvenWhenRetriedCannotOverpayAndGetsAReceipt() throws Exception {
        feeItem(company, estateA, "PROPERTY", "PER_M2", "物业服务费", "0.85");
        batch(company, estateA, THIS_MONTH, "batch-pay-" + estateA).andExpect(status().isOk());
        long bill = billOf(houseA1);
        String key = "pay-" + bill + "-k1";
        String body = pay(bill, "50.00", "ONLINE", "WX-1", key);
        long payment = id(json(post("/api/v1/payments"), ownerA, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.receiptNo").exists()));
        json(post("/api/v1/payments"), ownerA, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(payment));
        assertThat(jdbc.sql("select paid from bil_bill where id = ?").param(bill).query(BigDecimal.class).single())
                .isEqualByComparingTo("50.00");
        json(post("/api/v1/payments"), ownerA, pay(bill, "25.56", "ONLINE", "WX-2", "pay-" + bill + "-k2"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        json(post("/api/v1/payments"), ownerA, pay(bill, "10.00", "CASH", null, "pay-" + bill + "-k3"))
                .andExpect(status().isForbidden());
        json(post("/api/v1/payments"), company, pay(bill, "10.00", "TRANSFER", null, "pay-" + bill + "-k4"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reference"));
        json(post("/api/v1/payments"), company, pay(bill, "25.55", "CASH", null, "pay-" + bill + "-k5"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/bills/" + bill).with(fixtures.as(ownerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.bill.status").value("PAID")).andExpect(jsonPath("$.payments.length()").value(2));
        // another owner cannot see, pay or print it
        mvc.perform(get("/api/v1/bills/" + bill).with(fixtures.as(ownerB))).andExpect(status().isNotFound());
        json(post("/api/v1/payments"), ownerB, pay(bill, "1.00", "ONLINE", "WX-3", "pay-" + bill + "-k6"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payments/" + payment + "/receipt").with(fixtures.as(ownerB)))
                .andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get("/api/v1/payments/" + payment + "/receipt").with(fixtures.as(ownerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String receiptNo = jdbc.sql("select receipt_no from bil_payment where id = ?").param(payment)
                .query(String.class).single();
        assertThat(text(pdf)).contains("物业服务费缴费收据").contains(receiptNo).contains("50.00 元");
        mvc.perform(get("/api/v1/payments/" + payment).with(fixtures.as(ownerA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/payments").param("billId", String.valueOf(bill)).with(fixtures.as(ownerB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/payments").param("billId", String.valueOf(bill)).with(fixtures.as(company)))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void anOwnerSeesOnlyTheirOwnHousesBillsAndStatements() throws Exception {
        feeItem(company, estateA, "PROPERTY", "PER_M2", "物业服务费", "1.00");
        batch(company, estateA, THIS_MONTH, "batch-own-" + estateA).andExpect(status().isOk());
        mvc.perform(get("/api/v1/bills").param("estateId", String.valueOf(estateA)).with(fixtures.as(ownerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].houseId").value(houseA1));
        mvc.perform(get("/api/v1/bills/statement").param("houseId", String.valueOf(houseA1)).with(fixtures.as(ownerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outstanding").value(88.88));
        mvc.perform(get("/api/v1/bills/statement").param("houseId", String.valueOf(houseA2)).with(fixtures.as(ownerA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bills/mine").with(fixtures.as(ownerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        // a company sees its own projects' bills only; a township its own area only
        mvc.perform(get("/api/v1/bills").with(fixtures.as(companyB))).andExpect(jsonPath("$.content[*].estateId",
                not(hasItem((int) estateA))));
        mvc.perform(get("/api/v1/bills").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/bills").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        long bill = billOf(houseA2);
        mvc.perform(get("/api/v1/bills/" + bill).with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/bills/" + bill).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bills/" + bill).with(fixtures.as(companyB))).andExpect(status().isNotFound());
    }

    @Test
    void feeItemsBelongToTheCompanyServingTheEstate() throws Exception {
        long item = id(feeItem(company, estateA, "PARKING", "PER_SPACE", "地面车位", "150").andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/bills/fee-items/" + item).with(fixtures.as(company))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/bills/fee-items/" + item).with(fixtures.as(companyB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bills/fee-items").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        feeItem(companyB, estateA, "PROPERTY", "PER_M2", "物业服务费", "1").andExpect(status().isNotFound());
        feeItem(clerkA, estateA, "PROPERTY", "PER_M2", "物业服务费", "1").andExpect(status().isForbidden());
        feeItem(company, estateA, "PROPERTY", "PER_M2", "物业服务费", "0.123456").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitPrice"));
        feeItem(company, estateA, "PARKING", "PER_SPACE", "地面车位", "150").andExpect(status().isUnprocessableEntity());
        feeItem(company, estateA, "PROPERTY", "PER_M2", "物业服务费", "1.10").andExpect(status().isCreated());
        feeItem(company, estateA, "PROPERTY", "PER_M2", "物业服务费(新)", "1.20").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        json(put("/api/v1/bills/fee-items/" + item + "/spaces"), company, "{\"houseId\":" + houseA2 + ",\"spaces\":2}")
                .andExpect(status().isOk());
        json(put("/api/v1/bills/fee-items/" + item + "/spaces"), company, "{\"houseId\":" + houseB + ",\"spaces\":1}")
                .andExpect(status().isNotFound());
        // 2 spaces x 150 = 300.00; 88.88 x 1.10 = 97.768 -> 97.77; 100.10 x 1.10 = 110.11
        batch(company, estateA, THIS_MONTH, "batch-park-" + estateA).andExpect(jsonPath("$.billsCreated").value(3))
                .andExpect(jsonPath("$.amountCreated").value(507.88));
    }

    @Test
    void collectionRatesArePaidOverBilledPerEstateAndCompany() throws Exception {
        feeItem(company, estateA, "PROPERTY", "PER_HOUSE", "物业服务费", "100");
        batch(company, estateA, THIS_MONTH, "batch-rate-" + estateA).andExpect(status().isOk());
        json(post("/api/v1/payments"), company, pay(billOf(houseA1), "100", "CASH", null, "rate-pay-" + houseA1))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/bills/collection").param("from", THIS_MONTH).param("estateId", String.valueOf(estateA))
                        .with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(estateA)).andExpect(jsonPath("$[0].rate").value(0.5));
        mvc.perform(get("/api/v1/bills/collection").param("from", THIS_MONTH).param("by", "COMPANY")
                        .param("estateId", String.valueOf(estateA)).with(fixtures.as(company)))
                .andExpect(jsonPath("$[0].billed").value(200.0)).andExpect(jsonPath("$[0].paid").value(100.0));
        mvc.perform(get("/api/v1/bills/collection").param("from", THIS_MONTH).param("estateId", String.valueOf(estateA))
                .with(fixtures.as(clerkB))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void commonIncomeIsRecordedByTheCompanyAndReadWithinTheJurisdiction() throws Exception {
        json(post("/api/v1/bills/common-income"), company, """
                {"estateId": %d, "income": true, "category": "ADVERTISING", "amount": 1200.00, "note": "电梯广告"}"""
                .formatted(estateA)).andExpect(status().isOk()).andExpect(jsonPath("$.income").value(1200.0));
        json(post("/api/v1/bills/common-income"), company, """
                {"estateId": %d, "income": false, "category": "ADVERTISING", "amount": 200.50, "note": "电费分摊"}"""
                .formatted(estateA)).andExpect(jsonPath("$.net").value(999.5));
        json(post("/api/v1/bills/common-income"), clerkA, """
                {"estateId": %d, "income": true, "category": "OTHER", "amount": 1, "note": "试试"}"""
                .formatted(estateA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/bills/common-income").param("estateId", String.valueOf(estateA))
                .param("year", String.valueOf(TODAY.getYear())).with(fixtures.as(ownerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2));
        mvc.perform(get("/api/v1/bills/common-income").param("estateId", String.valueOf(estateA))
                .param("year", String.valueOf(TODAY.getYear())).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
    }

    // --- helpers

    ResultActions feeItem(String who, long estate, String kind, String basis, String name, String price) throws Exception {
        return json(post("/api/v1/bills/fee-items"), who, """
                {"estateId": %d, "kind": "%s", "basis": "%s", "name": "%s", "unitPrice": %s, "validFrom": "%s"}"""
                .formatted(estate, kind, basis, name, price, YearMonth.from(TODAY).minusMonths(6).atDay(1)));
    }

    ResultActions batch(String who, long estate, String period, String key) throws Exception {
        return json(post("/api/v1/bills/batches"), who, """
                {"estateId": %d, "period": "%s", "idempotencyKey": "%s"}""".formatted(estate, period, key));
    }

    static String pay(long bill, String amount, String method, String reference, String key) {
        return """
                {"billId": %d, "amount": %s, "method": "%s", "reference": %s, "idempotencyKey": "%s"}"""
                .formatted(bill, amount, method, reference == null ? "null" : "\"" + reference + "\"", key);
    }

    long bills(long estate) {
        return jdbc.sql("select count(*) from bil_bill where estate_id = ?").param(estate).query(Long.class).single();
    }

    long billOf(long house) {
        return jdbc.sql("select min(id) from bil_bill where house_id = ?").param(house).query(Long.class).single();
    }

    ResultActions json(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
