package org.anju.disclosure;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disclosure boards through the API, the public page and the poster: versioning, jurisdiction, the overview's
 * missing and stale boards, violations and their event (the access matrix rows of /api/v1/disclosures name
 * this class).
 */
@RecordApplicationEvents
class DisclosureTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    long townA;
    long communityA;
    long estateA;
    long estateA2;
    long estateB;
    String company;
    String otherCompany;
    String clerkA;
    String clerkB;
    String county;
    String estateName;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("公示县"));
        townA = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateName = fixtures.unique("金堤花园");
        estateA = fixtures.estate(communityA, estateName);
        estateA2 = fixtures.estate(communityA, fixtures.unique("甲二小区"));
        estateB = fixtures.estate(communityB, fixtures.unique("乙小区"));
        long c1 = fixtures.company(fixtures.unique("安泰物业"), fixtures.unique("91410927"), estateA, estateA2);
        long c2 = fixtures.company(fixtures.unique("宜居物业"), fixtures.unique("91410928"), estateB);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, c1, null, null));
        otherCompany = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, c2, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
    }

    ResultActions publish(String as, long estate, BoardDraft draft) throws Exception {
        return mvc.perform(post("/api/v1/disclosures/estates/" + estate).with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(draft)));
    }

    static BoardDraft withManager(BoardDraft c, String manager) {
        return new BoardDraft(manager, c.managerPhone(), c.complaintPhone(), c.serviceContent(), c.serviceStandard(),
                c.feeRegime(), c.feeItems(), c.hasLifts(), c.liftContractor(), c.liftContractorPhone(),
                c.fireContractor(), c.fireContractorPhone(), c.parkingSpaces(), c.parkingRented(),
                c.parkingMonthlyFee(), c.parkingNote(), c.utilityAllocation(), c.accountsPeriod(), c.feeIncome(),
                c.feeExpense(), c.commonIncome(), c.commonExpense(), c.liftMaintenanceSpent(), c.extraServices());
    }

    @Test
    void eachPublicationIsANewImmutableVersionAndTheHistoryStays() throws Exception {
        publish(company, estateA, withManager(BoardRulesTests.complete(true), "王经理")).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/disclosures/estates/" + estateA + "/versions/1"))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.missing.length()").value(0));
        publish(company, estateA, withManager(BoardRulesTests.complete(true), "李经理")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/disclosures/estates/" + estateA).with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.version").value(2))
                .andExpect(jsonPath("$.current.content.managerName").value("李经理"))
                .andExpect(jsonPath("$.versions.length()").value(2));
        mvc.perform(get("/api/v1/disclosures/estates/" + estateA + "/versions/1").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.managerName").value("王经理"))
                .andExpect(jsonPath("$.content.feeItems[0].price").value(1.20));
        assertThatThrownBy(() -> jdbc.sql("update dsc_board set manager_name = '改' where estate_id = ?")
                .param(estateA).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from dsc_fee_item where board_id in "
                + "(select id from dsc_board where estate_id = ?)").param(estateA).update())
                .hasMessageContaining("immutable");
    }

    @Test
    void aCompanyPublishesOnlyForTheEstatesItServesAndNoOtherRolePublishes() throws Exception {
        publish(otherCompany, estateA, BoardRulesTests.complete(true)).andExpect(status().isNotFound());
        publish(company, estateB, BoardRulesTests.complete(true)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disclosures/estates/" + estateB).with(fixtures.as(company)))
                .andExpect(status().isNotFound());
        publish(clerkA, estateA, BoardRulesTests.complete(true)).andExpect(status().isForbidden());
        publish(county, estateA, BoardRulesTests.complete(true)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from dsc_board where estate_id in (?, ?)").params(estateA, estateB)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/console/disclosures/estates/" + estateB + "/edit").with(fixtures.as(company)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedBoardIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        BoardDraft c = BoardRulesTests.complete(true);
        BoardDraft bad = new BoardDraft(c.managerName(), "电话", c.complaintPhone(), c.serviceContent(),
                c.serviceStandard(), c.feeRegime(), c.feeItems(), true, c.liftContractor(), c.liftContractorPhone(),
                c.fireContractor(), c.fireContractorPhone(), 5, 6, c.parkingMonthlyFee(), null, null, null,
                new java.math.BigDecimal("10000000000000"), null, null, null, null, null);
        publish(company, estateA, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("请求参数有误")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("managerPhone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parkingRented")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("feeIncome")));
        assertThat(jdbc.sql("select count(*) from dsc_board where estate_id = ?").param(estateA)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePublicBoardNeedsNoLoginAndShowsOnlyTheCurrentVersion() throws Exception {
        mvc.perform(get("/api/v1/public/estates/" + estateA + "/disclosure")).andExpect(status().isNotFound());
        publish(company, estateA, withManager(BoardRulesTests.complete(true), "王经理")).andExpect(status().isCreated());
        publish(company, estateA, withManager(BoardRulesTests.complete(true), "李经理")).andExpect(status().isCreated());
        String body = mvc.perform(get("/api/v1/public/estates/" + estateA + "/disclosure"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.estateName").value(estateName))
                .andExpect(jsonPath("$.content.managerName").value("李经理"))
                .andExpect(jsonPath("$.versions").doesNotExist())
                .andExpect(jsonPath("$.violations").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("王经理").doesNotContain(company);
        // the company's published life services appear beside the board (issue 12), unpublished ones do not
        long companyId = jdbc.sql("select company_id from mkt_project where estate_id = ?").param(estateA)
                .query(Long.class).single();
        jdbc.sql("insert into lsv_service (company_id, estate_id, category, name, provider, price, unit, hours,"
                        + " area_served, published) values (?, ?, 'HOUSEKEEPING', '日常保洁', '安泰家政', 45.00, '次',"
                        + " '8:00-18:00', '全小区', true), (?, ?, 'OTHER', '未公布服务', '某', 1, '次', '-', '-', false)")
                .params(companyId, estateA, companyId, estateA).update();
        mvc.perform(get("/public/estates/" + estateA + "/disclosure"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日常保洁")))
                .andExpect(content().string(containsString("45.00 元/次")))
                .andExpect(content().string(not(containsString("未公布服务"))))
                .andExpect(content().string(containsString(estateName)))
                .andExpect(content().string(containsString("李经理")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(not(containsString("王经理"))));
        mvc.perform(get("/public/disclosures").param("name", estateName))
                .andExpect(status().isOk()).andExpect(content().string(containsString(estateName)))
                .andExpect(content().string(containsString("/public/estates/" + estateA + "/disclosure")));
        // the console's history is not public
        mvc.perform(get("/api/v1/disclosures/estates/" + estateA)).andExpect(status().isUnauthorized());
    }

    @Test
    void thePosterIsAnA3PdfWhoseChineseTextCanBeExtracted() throws Exception {
        publish(company, estateA, BoardRulesTests.complete(true)).andExpect(status().isCreated());
        byte[] pdf = mvc.perform(get("/public/estates/" + estateA + "/disclosure/poster.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "disclosure-poster.pdf"), pdf); // for a look
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(2f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("物业服务信息公示栏").contains(estateName).contains("濮阳市安达电梯维保有限公司")
                    .contains("1.20 元/平方米·月").contains("不得收取公示收费项目以外的费用");
        }
    }

    @Test
    void theTownshipSeesMissingAndStaleBoardsOfItsAreaOnlyWithTheThreeMonthBoundary() throws Exception {
        LocalDate today = LocalDate.now(clock);
        publish(company, estateA, BoardRulesTests.complete(true)).andExpect(status().isCreated());
        publish(company, estateA2, BoardDraft.empty()).andExpect(status().isCreated());
        publish(otherCompany, estateB, BoardRulesTests.complete(true)).andExpect(status().isCreated());
        // a complete board published exactly three months ago is current; one a day older is stale
        long fresh = fixtures.estate(communityA, fixtures.unique("刚好三个月"));
        long stale = fixtures.estate(communityA, fixtures.unique("超期一天"));
        Disclosures d = disclosures;
        d.seed(fresh, 1L, "测试物业", BoardRulesTests.complete(true), today.minusMonths(3));
        d.seed(stale, 1L, "测试物业", BoardRulesTests.complete(true), today.minusMonths(3).minusDays(1));
        // a served estate without a board is listed as NONE; an estate nobody serves is not the board's business
        long served = fixtures.estate(communityA, fixtures.unique("已有物业未公示"));
        long unserved = fixtures.estate(communityA, fixtures.unique("无物业"));
        jdbc.sql("insert into mkt_service_mode (estate_id, mode, from_date, recorded_by) values (?, 'ENTERPRISE',"
                + " current_date, 'test')").param(served).update();
        String list = mvc.perform(get("/api/v1/disclosures").param("townshipId", String.valueOf(townA))
                        .param("size", "100").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(list, "$.content[*].estateId"))
                .contains((int) estateA, (int) estateA2, (int) fresh, (int) stale).doesNotContain((int) estateB);
        assertThat(state(list, estateA)).isEqualTo("CURRENT");
        assertThat(state(list, estateA2)).isEqualTo("INCOMPLETE");
        assertThat(state(list, fresh)).isEqualTo("CURRENT");
        assertThat(state(list, stale)).isEqualTo("STALE");
        assertThat(state(list, served)).isEqualTo("NONE");
        assertThat(JsonPath.<java.util.List<Integer>>read(list, "$.content[*].estateId")).doesNotContain((int) unserved);
        mvc.perform(get("/api/v1/disclosures").param("state", "STALE").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].estateId").value(stale));
        mvc.perform(get("/api/v1/disclosures").param("state", "INCOMPLETE").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[0].missing.length()").value(DisclosureItem.values().length));
        mvc.perform(get("/api/v1/disclosures").with(fixtures.as(clerkB)).param("size", "100"))
                .andExpect(jsonPath("$.content[*].estateId", not(hasItem((int) estateA))));
        mvc.perform(get("/api/v1/disclosures/estates/" + estateA).with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disclosures/estates/" + estateA).with(fixtures.as(county)))
                .andExpect(status().isOk());
        mvc.perform(get("/console/disclosures").param("state", "STALE").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("超3个月未更新")));
    }

    @Autowired
    Disclosures disclosures;

    private static String state(String list, long estate) {
        return JsonPath.<java.util.List<String>>read(list, "$.content[?(@.estateId == " + estate + ")].state").get(0);
    }

    @Test
    void aTownshipRecordsAnUndisclosedChargeAndTheEventIsPublished() throws Exception {
        publish(company, estateA, BoardRulesTests.complete(true)).andExpect(status().isCreated());
        String today = LocalDate.now(clock).toString();
        String body = """
                {"item": "装修垃圾清运费", "amount": 300.00, "chargedOn": "%s", "evidence": "业主提供的收据照片"}"""
                .formatted(today);
        mvc.perform(post("/api/v1/disclosures/estates/" + estateA + "/violations").with(fixtures.as(clerkA))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.boardVersion").value(1));
        assertThat(events.stream(UndisclosedChargeRecorded.class))
                .anyMatch(e -> e.estateId() == estateA && e.item().equals("装修垃圾清运费")
                        && e.amount().compareTo(new java.math.BigDecimal("300")) == 0 && e.companyId() != null);
        String onBoard = body.replace("装修垃圾清运费", "物业服务费");
        mvc.perform(post("/api/v1/disclosures/estates/" + estateA + "/violations").with(fixtures.as(clerkA))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(onBoard))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("item"));
        mvc.perform(post("/api/v1/disclosures/estates/" + estateA + "/violations").with(fixtures.as(clerkB))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/disclosures/estates/" + estateA + "/violations").with(fixtures.as(company))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/disclosures/estates/" + estateA + "/violations").with(fixtures.as(clerkA))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(today, LocalDate.now(clock).plusDays(1).toString())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("chargedOn"));
        assertThat(jdbc.sql("select count(*) from dsc_violation where estate_id = ?").param(estateA)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/disclosures/estates/" + estateA).with(fixtures.as(county)))
                .andExpect(jsonPath("$.violations[0].item").value("装修垃圾清运费"));
    }

    @Test
    void theCompanyEditsItsBoardInTheConsoleAndARefusedFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/console/disclosures/estates/" + estateA + "/edit").with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("board-form")));
        mvc.perform(post("/console/disclosures/estates/" + estateA).with(fixtures.as(company)).with(csrf())
                        .param("managerName", "赵经理").param("managerPhone", "坏号码")
                        .param("fees[0].name", "物业服务费").param("fees[0].price", "1.1.1").param("fees[0].unit", "元"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("赵经理")))
                .andExpect(content().string(containsString("电话号码格式不正确")));
        mvc.perform(post("/console/disclosures/estates/" + estateA).with(fixtures.as(company)).with(csrf())
                        .param("managerName", "赵经理").param("managerPhone", "13900001111")
                        .param("fees[0].name", "物业服务费").param("fees[0].price", "1.10").param("fees[0].unit", "元/平方米·月")
                        .param("_hasLifts", "on"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/disclosures/estates/" + estateA).with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("赵经理")))
                .andExpect(content().string(containsString("¥1.10")));
        mvc.perform(get("/console/disclosures").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(estateName)));
    }

    @Test
    void theTownshipRecordsAViolationInTheConsoleAndARefusedFormSaysWhy() throws Exception {
        publish(company, estateA, BoardRulesTests.complete(true)).andExpect(status().isCreated());
        mvc.perform(get("/console/disclosures/estates/" + estateA).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("violation-form")))
                .andExpect(content().string(containsString("poster.pdf")));
        mvc.perform(post("/console/disclosures/estates/" + estateA + "/violations").with(fixtures.as(clerkA)).with(csrf())
                        .param("item", "物业服务费").param("amount", "50").param("chargedOn", LocalDate.now(clock).toString())
                        .param("evidence", "收据"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("是公示栏上的收费项目")));
        mvc.perform(post("/console/disclosures/estates/" + estateA + "/violations").with(fixtures.as(clerkA)).with(csrf())
                        .param("item", "停车场临时占道费").param("amount", "50").param("chargedOn", LocalDate.now(clock).toString())
                        .param("evidence", "收据照片"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/disclosures/estates/" + estateA + "?version=1").with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("停车场临时占道费")))
                .andExpect(content().string(containsString("violation-form")));
    }
}
