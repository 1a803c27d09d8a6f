package org.anju.credit;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.casework.CaseClosed;
import org.anju.casework.Rating;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.anju.platform.measure.RegionMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
 * Credit through the API: a closed complaint scores through its event, who sees and enters what, objections and
 * repair, the black list in tenders, and the public honor roll (the access matrix rows of /api/v1/credit name this
 * class).
 */
class CreditTests extends IntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    CreditBook book;

    @Autowired
    org.anju.calendar.WorkingCalendar calendar;

    @Autowired
    List<RegionMeasure> measures;

    @Autowired
    List<ProjectEvidenceSource> evidence;

    String townPath;
    long estate;
    long freeEstate;
    long companyX;
    long companyY;
    long companyZ;
    String county;
    String town;
    String townB;
    String firmX;
    String firmY;
    String department;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("信用县"));
        long townId = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townBId = fixtures.region(region, "TOWNSHIP", "乙镇");
        long community = fixtures.region(townId, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townBId, "COMMUNITY", "乙社区");
        townPath = jdbc.sql("select path from reg_region where id = ?").param(townId).query(String.class).single();
        estate = fixtures.estate(community, fixtures.unique("信用花园"));
        freeEstate = fixtures.estate(community, fixtures.unique("新建小区"));
        long estateB = fixtures.estate(communityB, fixtures.unique("乙小区"));
        companyX = fixtures.company(fixtures.unique("诚信物业"), fixtures.unique("91410927"), estate);
        companyY = fixtures.company(fixtures.unique("乙方物业"), fixtures.unique("91410928"), estateB);
        companyZ = fixtures.company(fixtures.unique("失信物业"), fixtures.unique("91410929"));
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        town = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townId, null, null, null, null));
        townB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townBId, null, null, null, null));
        firmX = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyX, null, null));
        firmY = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyY, null, null));
        department = fixtures.account(Role.DEPARTMENT,
                new Binding(null, null, null, fixtures.department(region, "县城市管理局"), null));
    }

    ResultActions enter(String as, long company, String rule, String ref) throws Exception {
        Map<String, Object> body = Map.of("companyId", company, "ruleCode", rule,
                "occurredOn", LocalDate.now(ZONE).minusDays(1).toString(), "sourceRef", ref, "summary", "事实摘要");
        return mvc.perform(post("/api/v1/credit/events").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void aClosedComplaintAboutACompanyChangesItsScoreThroughItsEvent() throws Exception {
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(80));
        long caseId = 900_000_000L + System.nanoTime() % 99_000_000L;
        tx.executeWithoutResult(s -> publisher.publishEvent(new CaseClosed(caseId, companyX, estate, "ENVIRONMENT",
                Rating.UNSATISFIED, false, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                        .andExpect(jsonPath("$.score").value(77))
                        .andExpect(jsonPath("$.deductions").value(3))
                        .andExpect(jsonPath("$.events.length()").value(2))
                        .andExpect(jsonPath("$.events[*].sourceRef", hasItem("case:" + caseId)))
                        .andExpect(jsonPath("$.events[*].ruleCode", hasItem("COMPLAINT_UNSATISFIED")))
                        .andExpect(jsonPath("$.history[0].score").value(77)));
        // the same event delivered again changes nothing
        tx.executeWithoutResult(s -> book.recordComplaint(new CaseClosed(caseId, companyX, estate, "ENVIRONMENT",
                Rating.UNSATISFIED, false, Instant.now())));
        assertThat(jdbc.sql("select count(*) from crd_event where source_ref = ?").param("case:" + caseId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCompanySeesOnlyItsOwnCreditAndATownshipTheCompaniesServingItsArea() throws Exception {
        enter(county, companyX, "ADMIN_PENALTY", fixtures.unique("罚")).andExpect(status().isCreated());
        enter(county, companyY, "ADMIN_PENALTY", fixtures.unique("罚")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(firmX))).andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(65)).andExpect(jsonPath("$.grade").value("B"))
                .andExpect(jsonPath("$.events[0].ruleName").value("受到行政处罚"));
        mvc.perform(get("/api/v1/credit/companies/" + companyY).with(fixtures.as(firmX))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(town))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(townB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(department))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/credit/events").with(fixtures.as(firmX))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].companyId", not(hasItem((int) companyY))))
                .andExpect(jsonPath("$.content[0].companyId").value(companyX));
        mvc.perform(get("/api/v1/credit/events").param("companyId", String.valueOf(companyY)).with(fixtures.as(town)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/credit/events").param("companyId", String.valueOf(companyX)).with(fixtures.as(town)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/credit/events").with(fixtures.as(department))).andExpect(status().isForbidden());
    }

    @Test
    void theCountyEntersRecordsATownshipOnlyOpinionsOnCompaniesServingItsArea() throws Exception {
        String ref = fixtures.unique("台住建罚");
        enter(county, companyX, "ADMIN_PENALTY", ref).andExpect(status().isCreated())
                .andExpect(jsonPath("$.points").value(-15)).andExpect(jsonPath("$.source").value("COUNTY"));
        enter(county, companyX, "ADMIN_PENALTY", ref).andExpect(status().isUnprocessableEntity());
        enter(town, companyX, "TOWNSHIP_GOOD", "2026Q3").andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("TOWNSHIP"));
        enter(town, companyY, "TOWNSHIP_GOOD", "2026Q3").andExpect(status().isNotFound());
        enter(town, companyX, "COURT_DISHONEST", "x").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ruleCode"));
        enter(firmX, companyX, "TOWNSHIP_GOOD", "x").andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/credit/events").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"occurredOn\": \"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("companyId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("occurredOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sourceRef")));
    }

    @Test
    void anUpheldObjectionRevokesTheEventAtOnceAndTheCountyAnswersInThreeOrSevenWorkingDays() throws Exception {
        long event = id(enter(county, companyX, "ADMIN_PENALTY", fixtures.unique("罚")));
        long other = id(enter(county, companyX, "TOWNSHIP_POOR", fixtures.unique("评")));
        String reason = "{\"reason\": \"处罚决定已在行政复议中撤销\"}";
        mvc.perform(post("/api/v1/credit/events/" + event + "/objection").with(fixtures.as(firmY)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(reason)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/credit/events/" + event + "/objection").with(fixtures.as(county)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(reason)).andExpect(status().isForbidden());
        long objection = id(mvc.perform(post("/api/v1/credit/events/" + event + "/objection").with(fixtures.as(firmX))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(reason))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN")));
        mvc.perform(post("/api/v1/credit/events/" + event + "/objection").with(fixtures.as(firmX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(reason)).andExpect(status().isUnprocessableEntity());
        String dueOn = JsonPath.read(mvc.perform(get("/api/v1/credit/objections").with(fixtures.as(firmX)))
                .andExpect(jsonPath("$.totalElements").value(1)).andReturn().getResponse().getContentAsString(),
                "$.content[0].dueOn");
        assertThat(LocalDate.parse(dueOn)).isEqualTo(calendar.deadline(book.today(), 3));
        mvc.perform(get("/api/v1/credit/objections").with(fixtures.as(firmY))).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/credit/objections").with(fixtures.as(town))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/credit/objections/" + objection + "/answer").with(fixtures.as(firmX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"UPHOLD\", \"answer\": \"成立\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/credit/objections/" + objection + "/answer").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VERIFY\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.needsVerification").value(true))
                .andExpect(jsonPath("$.dueOn").value(calendar.deadline(book.today(), 7).toString()));
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                .andExpect(jsonPath("$.score").value(62));
        mvc.perform(post("/api/v1/credit/objections/" + objection + "/answer").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"UPHOLD\", \"answer\": \"经核实复议已撤销处罚\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UPHELD"));
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                .andExpect(jsonPath("$.score").value(77))
                .andExpect(jsonPath("$.events[?(@.id == " + event + ")].status").value(hasItem("REVOKED")));
        assertThat(book.standing(companyX).orElseThrow().score()).isEqualByComparingTo("77");
        long second = id(mvc.perform(post("/api/v1/credit/events/" + other + "/objection").with(fixtures.as(firmX))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(reason)));
        mvc.perform(post("/api/v1/credit/objections/" + second + "/answer").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"REJECT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(post("/api/v1/credit/objections/" + second + "/answer").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"REJECT\", \"answer\": \"评价有据\"}"))
                .andExpect(jsonPath("$.status").value("REJECTED"));
    }

    @Test
    void creditRepairIsRecordedByTheCountyAndTheDeductionStopsCounting() throws Exception {
        long event = id(enter(county, companyX, "ADMIN_PENALTY", fixtures.unique("罚")));
        String body = "{\"note\": \"已整改并缴纳罚款, 满一年无新的违法记录\"}";
        mvc.perform(post("/api/v1/credit/events/" + event + "/repair").with(fixtures.as(firmX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/credit/events/" + event + "/repair").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPAIRED"))
                .andExpect(jsonPath("$.counting").value(false)).andExpect(jsonPath("$.closeNote").value(containsString("整改")));
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county))).andExpect(jsonPath("$.score").value(80));
        mvc.perform(post("/api/v1/credit/events/" + event + "/repair").with(fixtures.as(county)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aBlackListedCompanyIsRefusedInTenders() throws Exception {
        String bidder = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyZ, null, null));
        Map<String, Object> tender = Map.of("estateId", freeEstate, "title", "前期物业服务招标", "developer", "开发商",
                "requirements", "保洁、秩序维护、绿化养护、共用设施设备维护",
                "deadline", LocalDateTime.now(ZONE).plusDays(10).withNano(0).toString(),
                "openingAt", LocalDateTime.now(ZONE).plusDays(10).plusHours(1).withNano(0).toString(), "panelSize", 5,
                "criteria", List.of(Map.of("name", "投标报价", "weight", 40), Map.of("name", "服务方案", "weight", 60)));
        long id = id(mvc.perform(post("/api/v1/tenders").with(fixtures.as(town)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(tender))).andExpect(status().isCreated()));
        String bid = "{\"price\": 1.20, \"proposal\": \"服务方案: 24小时秩序维护, 每日保洁两次。\"}";
        enter(county, companyZ, "COURT_DISHONEST", fixtures.unique("(2026)豫0927执")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.veto").value(true));
        mvc.perform(post("/api/v1/tenders/" + id + "/bids").with(fixtures.as(bidder)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bid))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("黑榜")));
        mvc.perform(post("/api/v1/tenders/" + id + "/bids").with(fixtures.as(firmX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(bid)).andExpect(status().isCreated());
    }

    @Test
    void theHonorRollIsPublicWithoutLoginAndShowsADishonestyRecordForFiveYearsAtMost() throws Exception {
        enter(county, companyZ, "COURT_DISHONEST", fixtures.unique("执")).andExpect(status().isCreated());
        long old = fixtures.company(fixtures.unique("旧案物业"), fixtures.unique("91410930"));
        jdbc.sql("""
                        insert into crd_event (company_id, company_name, occurred_on, source, source_ref, rule_code, points,
                            veto, expires_on, summary, recorded_by) values (?, '旧案物业', ?, 'COUNTY', ?, 'SERIOUS_ACCIDENT',
                            -30, true, ?, '六年前的事故', 'test')""")
                .params(old, book.today().minusYears(6), fixtures.unique("old"), book.today().plusYears(1)).update();
        book.recompute(old, "test");
        for (int i = 0; i < 3; i++) {
            enter(county, companyX, "COMMENDATION", fixtures.unique("表彰")).andExpect(status().isCreated());
        }
        String body = mvc.perform(get("/api/v1/public/honor-roll").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.red[*].companyId", hasItem((int) companyX)))
                .andExpect(jsonPath("$.black[*].standing.companyId", hasItem((int) companyZ)))
                .andExpect(jsonPath("$.black[?(@.standing.companyId == " + companyZ + ")].records[0].ruleName")
                        .value(hasItem("法院生效裁判认定失信")))
                .andExpect(jsonPath("$.black[?(@.standing.companyId == " + old + ")].records.length()").value(hasItem(0)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("事实摘要").doesNotContain("六年前").doesNotContain("recordedBy");
        mvc.perform(get("/public/honor-roll")).andExpect(status().isOk())
                .andExpect(content().string(containsString("red-list")))
                .andExpect(content().string(containsString("法院生效裁判认定失信")));
    }

    @Test
    void theCountyEditsTheSchemeAndAnyoneSignedInReadsIt() throws Exception {
        mvc.perform(get("/api/v1/credit/scheme").with(fixtures.as(firmX))).andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme.cutAaa").value(90))
                .andExpect(jsonPath("$.rules[*].code", hasItem("COMPLAINT_LATE")));
        String scheme = "{\"base\": 80, \"cutAaa\": 95, \"cutAa\": 80, \"cutA\": 70, \"cutB\": 60, \"objectionDays\": 30, \"publicYears\": 5}";
        mvc.perform(put("/api/v1/credit/scheme").with(fixtures.as(town)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(scheme)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/credit/scheme").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(scheme.replace("95", "70")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cutAaa"));
        mvc.perform(put("/api/v1/credit/rules/COMPLAINT_LATE").with(fixtures.as(town)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\": -2, \"validityMonths\": 12}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/credit/rules/NO_SUCH_RULE").with(fixtures.as(county)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\": -2, \"validityMonths\": 12}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/credit/rules/COMPLAINT_LATE").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": -1.5, \"validityMonths\": 99}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validityMonths"));
        try {
            mvc.perform(put("/api/v1/credit/scheme").with(fixtures.as(county)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(scheme))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.scheme.cutAaa").value(95));
        } finally {
            mvc.perform(put("/api/v1/credit/scheme").with(fixtures.as(county)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(scheme.replace("95", "90"))).andExpect(status().isOk());
        }
    }

    @Test
    void theTownshipAssessmentAndTheRatersSeeTheGrades() throws Exception {
        book.recompute(companyX, "test");
        RegionMeasure share = measures.stream().filter(m -> m.code().equals("credit.grade-share-good")).findFirst()
                .orElseThrow();
        assertThat(share.value(townPath, book.today().minusMonths(1), book.today())).contains(new BigDecimal("100.0"));
        enter(county, companyX, "COURT_DISHONEST", fixtures.unique("执")).andExpect(status().isCreated());
        enter(county, companyX, "SERIOUS_ACCIDENT", fixtures.unique("事故")).andExpect(status().isCreated());
        assertThat(share.value(townPath, book.today().minusMonths(1), book.today())).contains(new BigDecimal("0.0"));
        assertThat(evidence.stream().flatMap(e -> e.evidence(1, companyX, estate, book.today(), book.today()).stream())
                .filter(e -> e.sourceKey().equals("evidence.source.credit")).findFirst().orElseThrow().value())
                .contains("C").contains("黑榜");
    }

    long projectOf(long company) {
        return jdbc.sql("select id from mkt_project where company_id = ?").param(company).query(Long.class).single();
    }

    static double number(String json, String path) {
        List<Number> values = JsonPath.read(json, path);
        assertThat(values).hasSize(1);
        return values.get(0).doubleValue();
    }

    void manager(long company, String name) {
        jdbc.sql("update mkt_project set manager_name = ?, started_on = current_date - 30 where company_id = ?")
                .params(name, company).update();
    }

    @Test
    void anEventAboutAProjectLandsOnItsManagerWhoseScoreFollowsTheCompanyScheme() throws Exception {
        manager(companyX, "王经理");
        long caseId = 910_000_000L + System.nanoTime() % 80_000_000L;
        tx.executeWithoutResult(s -> book.recordComplaint(new CaseClosed(caseId, companyX, estate, "ENVIRONMENT",
                Rating.UNSATISFIED, false, Instant.now())));
        // a county record naming no manager counts on the company only
        enter(county, companyX, "ADMIN_PENALTY", "台住建罚〔2026〕9号").andExpect(status().isCreated());
        String body = mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(62))
                .andExpect(jsonPath("$.grade").value("B"))
                .andExpect(jsonPath("$.managers.length()").value(1))
                .andExpect(jsonPath("$.managers[0].name").value("王经理"))
                .andExpect(jsonPath("$.managers[0].score").value(77))
                .andExpect(jsonPath("$.managers[0].grade").value("A"))
                .andExpect(jsonPath("$.managers[0].events").value(2))
                .andReturn().getResponse().getContentAsString();
        long wang = ((Number) JsonPath.read(body, "$.managers[0].id")).longValue();
        List<String> onWang = JsonPath.read(body, "$.events[?(@.managerId == " + wang + ")].sourceRef");
        assertThat(onWang).containsExactly("case:" + caseId, "case:" + caseId);

        // a new manager: the next event about the project lands on him, the former keeps his own
        manager(companyX, "李经理");
        long project = projectOf(companyX);
        tx.executeWithoutResult(s -> book.record(new CreditBook.Fact(companyX, project, estate, null, null,
                book.today(), CreditSource.INSPECTION, "inspection:" + caseId, "INSPECTION_CLEAN", "抽查未发现问题")));
        String after = mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                .andExpect(jsonPath("$.score").value(64))
                .andExpect(jsonPath("$.managers.length()").value(2))
                .andExpect(jsonPath("$.managers[?(@.name == '李经理')].grade").value(hasItem("AA")))
                .andReturn().getResponse().getContentAsString();
        assertThat(number(after, "$.managers[?(@.name == '李经理')].score")).isEqualTo(82.0);
        assertThat(number(after, "$.managers[?(@.name == '王经理')].score")).isEqualTo(77.0);
        mvc.perform(get("/api/v1/credit/managers/" + wang).with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("王经理")).andExpect(jsonPath("$.companyId").value(companyX))
                .andExpect(jsonPath("$.base").value(80)).andExpect(jsonPath("$.deductions").value(3))
                .andExpect(jsonPath("$.score").value(77)).andExpect(jsonPath("$.events.length()").value(2));
        // jurisdiction: as the company's own credit
        mvc.perform(get("/api/v1/credit/managers/" + wang).with(fixtures.as(firmX))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/credit/managers/" + wang).with(fixtures.as(firmY))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/managers/" + wang).with(fixtures.as(town))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/credit/managers/" + wang).with(fixtures.as(townB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/managers/" + wang).with(fixtures.as(department))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/credit/companies/" + companyY).with(fixtures.as(firmY)))
                .andExpect(jsonPath("$.managers.length()").value(0));
        mvc.perform(get("/console/credit/companies/" + companyX).with(fixtures.as(firmX))).andExpect(status().isOk())
                .andExpect(content().string(containsString("王经理")))
                .andExpect(content().string(containsString("李经理")));
        mvc.perform(get("/console/credit/managers/" + wang).with(fixtures.as(firmX))).andExpect(status().isOk())
                .andExpect(content().string(containsString("case:" + caseId)));
        mvc.perform(get("/console/credit/managers/" + wang).with(fixtures.as(firmY))).andExpect(status().isNotFound());
    }

    ResultActions breach(String as, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/credit/breaches").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void theCountyOrTheTownshipRecordsAContractBreachScoredByTheSchemeAndTheCompanyMayObject() throws Exception {
        manager(companyX, "王经理");
        Map<String, Object> body = Map.of("projectId", projectOf(companyX),
                "occurredOn", LocalDate.now(ZONE).minusDays(2).toString(), "breached", "未按合同约定每日清运生活垃圾",
                "sourceRef", "甲镇责改〔2026〕5号");
        breach(firmX, body).andExpect(status().isForbidden());
        breach(department, body).andExpect(status().isForbidden());
        breach(townB, body).andExpect(status().isNotFound());
        breach(county, Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("projectId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("occurredOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("breached")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sourceRef")));
        breach(county, Map.of("projectId", projectOf(companyX), "occurredOn", LocalDate.now(ZONE).plusDays(1).toString(),
                "breached", "x", "sourceRef", "y")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from crd_event where company_id = ?").param(companyX).query(Long.class)
                .single()).isZero();
        long event = id(breach(town, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.ruleCode").value("CONTRACT_BREACH"))
                .andExpect(jsonPath("$.source").value("CONTRACT"))
                .andExpect(jsonPath("$.points").value(-5))
                .andExpect(jsonPath("$.managerName").value("王经理"))
                .andExpect(jsonPath("$.sourceRef", containsString("甲镇责改〔2026〕5号")))
                .andExpect(jsonPath("$.summary", containsString("未按合同约定每日清运生活垃圾"))));
        breach(town, body).andExpect(status().isUnprocessableEntity());
        breach(county, Map.of("projectId", projectOf(companyX), "occurredOn", LocalDate.now(ZONE).toString(),
                "breached", "擅自撤减秩序维护岗位", "sourceRef", "台住建函〔2026〕8号")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/credit/companies/" + companyX).with(fixtures.as(county)))
                .andExpect(jsonPath("$.score").value(70)).andExpect(jsonPath("$.managers[0].score").value(70));
        mvc.perform(post("/api/v1/credit/events/" + event + "/objection").with(fixtures.as(firmX)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"当日已清运, 有台账为证\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"));
        String scheme = mvc.perform(get("/api/v1/credit/scheme").with(fixtures.as(firmX)))
                .andExpect(jsonPath("$.rules[?(@.code == 'CONTRACT_BREACH')].source").value(hasItem("CONTRACT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(number(scheme, "$.rules[?(@.code == 'CONTRACT_BREACH')].defaultPoints")).isEqualTo(-5.0);
        mvc.perform(get("/console/credit/companies/" + companyX).with(fixtures.as(town))).andExpect(status().isOk())
                .andExpect(content().string(containsString("breach-form")));
        mvc.perform(get("/console/credit/companies/" + companyX).with(fixtures.as(firmX))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("breach-form"))));
        mvc.perform(post("/console/credit/companies/" + companyX + "/breaches").with(fixtures.as(county)).with(csrf())
                .param("projectId", String.valueOf(projectOf(companyX))).param("occurredOn", LocalDate.now(ZONE).toString())
                .param("breached", "未按约定维修公共照明").param("sourceRef", "台住建函〔2026〕9号"))
                .andExpect(status().is3xxRedirection());
        // the county's hand entry names the project manager it lands on
        String manager = fixtures.unique("经理");
        mvc.perform(get("/console/credit/companies/" + companyX).with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"managerName\"")));
        mvc.perform(post("/console/credit/companies/" + companyX + "/events").with(fixtures.as(county)).with(csrf())
                        .param("ruleCode", "COMMENDATION").param("occurredOn", LocalDate.now(ZONE).toString())
                        .param("sourceRef", fixtures.unique("台住建〔2026〕")).param("summary", "年度优秀项目经理")
                        .param("managerName", manager))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from crd_event where company_id = ? and manager_name = ?"
                + " and manager_id is not null").params(companyX, manager).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRuleShowsWhetherTheCountyChangedItsDefault() throws Exception {
        String scheme = mvc.perform(get("/api/v1/credit/scheme").with(fixtures.as(county)))
                .andExpect(jsonPath("$.rules[?(@.code == 'TOWNSHIP_POOR')].atDefault").value(hasItem(true)))
                .andReturn().getResponse().getContentAsString();
        assertThat(number(scheme, "$.rules[?(@.code == 'TOWNSHIP_POOR')].defaultPoints")).isEqualTo(-3.0);
        try {
            String changed = mvc.perform(put("/api/v1/credit/rules/TOWNSHIP_POOR").with(fixtures.as(county)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"points\": -4, \"validityMonths\": 12}"))
                    .andExpect(jsonPath("$.rules[?(@.code == 'TOWNSHIP_POOR')].atDefault").value(hasItem(false)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(number(changed, "$.rules[?(@.code == 'TOWNSHIP_POOR')].points")).isEqualTo(-4.0);
            assertThat(number(changed, "$.rules[?(@.code == 'TOWNSHIP_POOR')].defaultPoints")).isEqualTo(-3.0);
            mvc.perform(get("/console/credit").with(fixtures.as(county))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("已修改 (默认")));
        } finally {
            mvc.perform(put("/api/v1/credit/rules/TOWNSHIP_POOR").with(fixtures.as(county)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"points\": -3, \"validityMonths\": 12}"))
                    .andExpect(jsonPath("$.rules[?(@.code == 'TOWNSHIP_POOR')].atDefault").value(hasItem(true)));
        }
    }
}
