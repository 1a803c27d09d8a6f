package org.anju.market;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.anju.market.MarketApiTests.TODAY;
import static org.anju.market.MarketApiTests.creditCode;
import static org.anju.market.MarketApiTests.json;
import static org.anju.market.MarketApiTests.pdf;
import static org.anju.market.MarketApiTests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contracts through the API: filing deadline, the PDF, review, notice periods, handover and the to-do lists; the
 * access-matrix rows of /api/v1/contracts/** and /api/v1/public/handovers name this class.
 */
class ContractApiTests extends IntegrationTest {

    long estateA;
    long projectA;
    long projectB;
    String county;
    String clerkA;
    String clerkB;
    String firmA;
    String firmB;

    @BeforeEach
    void market() {
        long countyId = fixtures.region(null, "COUNTY", fixtures.unique("合同县"));
        long townA = fixtures.region(countyId, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(countyId, "TOWNSHIP", "乙镇");
        estateA = fixtures.estate(fixtures.region(townA, "COMMUNITY", "甲社区"), "甲苑");
        long estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙苑");
        long companyA = fixtures.company(fixtures.unique("甲物业"), creditCode(), estateA);
        long companyB = fixtures.company(fixtures.unique("乙物业"), creditCode(), estateB);
        jdbc.sql("update mkt_project set started_on = ? where company_id in (?, ?)")
                .params(TODAY.minusYears(3), companyA, companyB).update();
        projectA = jdbc.sql("select id from mkt_project where company_id = ?").param(companyA).query(Long.class).single();
        projectB = jdbc.sql("select id from mkt_project where company_id = ?").param(companyB).query(Long.class).single();
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyId, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        firmA = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        firmB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyB, null, null));
    }

    private String body(long project, LocalDate signed, LocalDate starts, LocalDate ends) {
        return "{\"projectId\":%d,\"kind\":\"REGULAR\",\"signedOn\":\"%s\",\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
                .formatted(project, signed, starts, ends);
    }

    private long file(LocalDate signed, LocalDate starts, LocalDate ends) throws Exception {
        String response = mvc.perform(json(post("/api/v1/contracts"), body(projectA, signed, starts, ends))
                .with(fixtures.as(firmA))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    private long accepted(LocalDate signed, LocalDate starts, LocalDate ends) throws Exception {
        long id = file(signed, starts, ends);
        mvc.perform(upload(id, pdf()).with(fixtures.as(firmA))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/contracts/" + id + "/accept").with(csrf()).with(fixtures.as(county)))
                .andExpect(status().isOk());
        return id;
    }

    private long contracts() {
        return jdbc.sql("select count(*) from mkt_contract").query(Long.class).single();
    }

    @Test
    void aCompanyFilesItsContractDueFifteenDaysAfterSigning() throws Exception {
        LocalDate signed = TODAY.minusDays(20);
        mvc.perform(json(post("/api/v1/contracts"), body(projectA, signed, TODAY.minusDays(10), TODAY.plusYears(3)))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.filingDue").value(signed.plusDays(15).toString()))
                .andExpect(jsonPath("$.filedLate").value(true))
                .andExpect(jsonPath("$.hasFile").value(false));
        mvc.perform(json(post("/api/v1/contracts"), body(projectA, TODAY.minusDays(15), TODAY, TODAY.plusYears(3)))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filedLate").value(false));
    }

    @Test
    void aContractEndingBeforeItStartsIsRefusedAndNothingIsWritten() throws Exception {
        long before = contracts();
        mvc.perform(json(post("/api/v1/contracts"), body(projectA, TODAY, TODAY.plusDays(10), TODAY.plusDays(9)))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"))
                .andExpect(jsonPath("$.errors[0].message").value("合同结束日期不能早于开始日期"));
        assertThat(contracts()).isEqualTo(before);
    }

    @Test
    void aCompanyFilesForItsOwnProjectsOnlyAndATownshipDoesNotFile() throws Exception {
        mvc.perform(json(post("/api/v1/contracts"), body(projectB, TODAY, TODAY, TODAY.plusYears(1)))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/contracts"), body(projectA, TODAY, TODAY, TODAY.plusYears(1)))
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isForbidden());
        long id = file(TODAY, TODAY, TODAY.plusYears(1));
        mvc.perform(get("/api/v1/contracts/" + id).with(fixtures.as(firmB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/contracts").with(fixtures.as(firmB)))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) id))));
    }

    @Test
    void theCountyAcceptsAFilingOnlyWithItsPdf() throws Exception {
        long id = file(TODAY, TODAY, TODAY.plusYears(2));
        mvc.perform(post("/api/v1/contracts/" + id + "/accept").with(csrf()).with(fixtures.as(county)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(upload(id, new MockMultipartFile("file", "a.pdf", "application/pdf", "<html>".getBytes()))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("文件不是 PDF"));
        byte[] huge = new byte[Contracts.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, huge, 0, 8);
        mvc.perform(upload(id, new MockMultipartFile("file", "big.pdf", "application/pdf", huge)).with(fixtures.as(firmA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("文件不能超过 10 MB"));
        mvc.perform(upload(id, pdf()).with(fixtures.as(firmB))).andExpect(status().isNotFound());
        mvc.perform(upload(id, pdf()).with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasFile").value(true));
        mvc.perform(get("/api/v1/contracts/" + id + "/file").with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/contracts/" + id + "/file").with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/contracts/" + id + "/accept").with(csrf()).with(fixtures.as(clerkA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contracts/" + id + "/accept").with(csrf()).with(fixtures.as(firmA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contracts/" + id + "/accept").with(csrf()).with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.reviewedOn").value(TODAY.toString()));
    }

    @Test
    void aReturnedFilingCarriesItsReasonAndIsCorrectedByTheCompany() throws Exception {
        long id = file(TODAY, TODAY, TODAY.plusYears(2));
        mvc.perform(json(post("/api/v1/contracts/" + id + "/return"), "{\"reason\":\"\"}").with(fixtures.as(county)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/contracts/" + id + "/return"), "{\"reason\":\"缺少业主大会决定\"}")
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/contracts/" + id + "/return"), "{\"reason\":\"缺少业主大会决定\"}")
                        .with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("缺少业主大会决定"));
        mvc.perform(json(put("/api/v1/contracts/" + id), body(projectA, TODAY, TODAY, TODAY.plusYears(3)))
                        .with(fixtures.as(firmB)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/contracts/" + id), body(projectA, TODAY, TODAY, TODAY.plusYears(3)))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.endsOn").value(TODAY.plusYears(3).toString()));
    }

    @Test
    void dismissalNeedsSixtyDaysNoticeAndTheProjectGoesOnUntilTheHandover() throws Exception {
        long id = accepted(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusYears(2));
        String notice = "{\"kind\":\"DISMISSAL\",\"noticeOn\":\"%s\",\"terminatesOn\":\"%s\"}";
        mvc.perform(json(post("/api/v1/contracts/" + id + "/termination"), notice.formatted(TODAY, TODAY.plusDays(59)))
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("须提前 60 日书面通知")));
        mvc.perform(json(post("/api/v1/contracts/" + id + "/termination"), notice.formatted(TODAY, TODAY.plusDays(60)))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/contracts/" + id + "/termination"), notice.formatted(TODAY, TODAY.plusDays(60)))
                        .with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/contracts/" + id + "/termination"), notice.formatted(TODAY, TODAY.plusDays(60)))
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminatesOn").value(TODAY.plusDays(60).toString()));
        assertThat(jdbc.sql("select count(*) from mkt_project where id = ? and ended_on is null").param(projectA)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCompanyGivesNinetyDaysNoticeNotToRenew() throws Exception {
        LocalDate ends = TODAY.plusDays(89);
        long id = accepted(TODAY.minusYears(1), TODAY.minusYears(1), ends);
        String notice = "{\"kind\":\"NON_RENEWAL\",\"noticeOn\":\"%s\",\"terminatesOn\":\"%s\"}".formatted(TODAY, ends);
        mvc.perform(json(post("/api/v1/contracts/" + id + "/termination"), notice).with(fixtures.as(firmA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("90")));
        long later = accepted(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusDays(90));
        mvc.perform(json(post("/api/v1/contracts/" + later + "/termination"),
                        "{\"kind\":\"NON_RENEWAL\",\"noticeOn\":\"%s\",\"terminatesOn\":\"%s\"}"
                                .formatted(TODAY, TODAY.plusDays(90))).with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terminationKind").value("NON_RENEWAL"));
    }

    @Test
    void aCompanyNotGoneAfterTerminationIsFlaggedUntilTheHandoverRecordsItsLeaving() throws Exception {
        long id = accepted(TODAY.minusYears(2), TODAY.minusYears(2), TODAY.plusYears(1));
        mvc.perform(json(post("/api/v1/contracts/" + id + "/termination"),
                        "{\"kind\":\"DISMISSAL\",\"noticeOn\":\"%s\",\"terminatesOn\":\"%s\",\"note\":\"业主大会决定解聘\"}"
                                .formatted(TODAY.minusDays(90), TODAY.minusDays(30))).with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overstayDays").value(30));
        mvc.perform(get("/api/v1/contracts").param("overstaying", "true").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
        String items = """
                [{"item":"COMMON_PARTS","ok":true},{"item":"FACILITIES","ok":true},{"item":"RECORDS","ok":false,
                  "note":"缺电梯维保记录"},{"item":"SERVICE_ROOMS","ok":true},{"item":"KEYS","ok":true},
                 {"item":"PREPAID_FEES","ok":true},{"item":"COMMON_INCOME","ok":true}]""";
        String handover = "{\"inspectedOn\":\"%s\",\"leftOn\":\"%s\",\"successor\":\"新物业\",\"items\":%s}";
        mvc.perform(json(post("/api/v1/contracts/" + id + "/handover"), handover.formatted(TODAY, TODAY.minusDays(1),
                        "[{\"item\":\"KEYS\",\"ok\":true}]")).with(fixtures.as(clerkA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        mvc.perform(json(post("/api/v1/contracts/" + id + "/handover"), handover.formatted(TODAY, TODAY.minusDays(1),
                        items)).with(fixtures.as(firmA)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/contracts/" + id + "/handover"), handover.formatted(TODAY, TODAY.minusDays(1),
                        items)).with(fixtures.as(clerkA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overstayDays").value(0))
                .andExpect(jsonPath("$.handover.passed").value(false));
        assertThat(jdbc.sql("select ended_on from mkt_project where id = ?").param(projectA).query(LocalDate.class)
                .single()).isEqualTo(TODAY.minusDays(1));
        mvc.perform(get("/api/v1/public/handovers").param("estateId", String.valueOf(estateA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].contractId").value(id))
                .andExpect(jsonPath("$.content[0].handover.passed").value(false))
                .andExpect(jsonPath("$.content[0].handover.items.length()").value(7));
        // credit scores the ending through ContractEnded (decision 0019): dismissed, and left 29 days late
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.sql("select rule_code from crd_event where source_ref = ? order by rule_code")
                        .param("contract:" + id).query(String.class).list())
                        .containsExactly("CONTRACT_DISMISSED", "CONTRACT_OVERSTAYED"));
    }

    @Test
    void contractsEndingWithinThreeMonthsAreOnTheToDoOfTheirTownship() throws Exception {
        long soon = accepted(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusMonths(3));
        long later = accepted(TODAY.minusYears(1), TODAY.minusYears(1), TODAY.plusMonths(3).plusDays(1));
        mvc.perform(get("/api/v1/contracts/expiring").param("size", "100").with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) soon)))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) later))));
        mvc.perform(get("/api/v1/contracts/expiring").param("size", "100").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) soon))));
        mvc.perform(get("/api/v1/contracts/" + soon).with(fixtures.as(firmA)))
                .andExpect(jsonPath("$.expiring").value(true))
                .andExpect(jsonPath("$.reminderFrom").value(TODAY.toString()));
    }
}
