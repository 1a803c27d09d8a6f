package org.anju.rating;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.measure.RegionMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rating round through the stable API, in a county of its own: who may do each step inside and outside their
 * jurisdiction, the panel without conflicted experts, the computed star, publication, objections, the fee check
 * against the guidance, commendations and the public list without login (the access matrix rows of
 * /api/v1/rating, /api/v1/fee-guidance and /api/v1/public/ratings name this class).
 */
@RecordApplicationEvents
class RatingTests extends IntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    List<RegionMeasure> measures;

    long county;
    String countyPath;
    long estateA;
    long estateB;
    long estateOther;
    long projectA;
    long projectB;
    long projectOther;
    long companyA;
    String county1;
    String clerkA;
    String clerkB;
    String companyUserA;
    String companyUserB;
    String committeeA;
    String otherCounty;
    long conflicted;

    @BeforeEach
    void place() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("评定县"));
        countyPath = "/" + county + "/";
        long townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long comA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long comB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(comA, fixtures.unique("星光花园"));
        estateB = fixtures.estate(comA, fixtures.unique("月华小区"));
        estateOther = fixtures.estate(comB, fixtures.unique("乙镇小区"));
        companyA = fixtures.company(fixtures.unique("安泰物业"), fixtures.unique("91410930"), estateA, estateOther);
        long companyB = fixtures.company(fixtures.unique("宜居物业"), fixtures.unique("91410931"), estateB);
        projectA = project(estateA);
        projectB = project(estateB);
        projectOther = project(estateOther);
        county1 = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        companyUserA = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        companyUserB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyB, null, null));
        committeeA = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        long other = fixtures.region(null, "COUNTY", fixtures.unique("邻县"));
        otherCounty = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(other, null, null, null, null));
        List<Long> experts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            experts.add(jdbc.sql("insert into tnd_expert (county_id, region_path, name, specialty) values (?, ?, ?, ?)"
                    + " returning id").params(county, countyPath, "专家" + i, "物业管理").query(Long.class).single());
        }
        conflicted = experts.get(0);
        jdbc.sql("insert into tnd_expert_conflict (expert_id, company_id, reason) values (?, ?, ?)")
                .params(conflicted, companyA, "曾在该企业任职").update();
    }

    long project(long estate) {
        return jdbc.sql("select id from mkt_project where estate_id = ?").param(estate).query(Long.class).single();
    }

    ResultActions send(String as, String path, Object body) throws Exception {
        return mvc.perform(post(path).with(fixtures.as(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    long openRound() throws Exception {
        String body = send(county1, "/api/v1/rating/rounds", Map.of("title", "2026年度星级评定",
                "selfDue", LocalDate.now(ZONE).plusDays(20).toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.projects").value(3))
                .andExpect(jsonPath("$.status").value("OPEN")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Item ids of the round's standard, by position. */
    Map<Integer, Long> items(long round, long project, String as) throws Exception {
        String body = mvc.perform(get("/api/v1/rating/rounds/" + round + "/entries/" + project).with(fixtures.as(as)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.standard.items");
        Map<Integer, Long> ids = new HashMap<>();
        items.forEach(i -> ids.put((Integer) i.get("position"), ((Number) i.get("id")).longValue()));
        return ids;
    }

    /** A sheet giving every scored item the share of its maximum (e.g. 0.9), with the veto positions recorded. */
    Map<String, Object> sheet(Map<Integer, Long> items, double share, int... vetoes) {
        Map<String, Object> points = new HashMap<>();
        RatingStandard s = DefaultStandard.standard();
        s.scored().forEach(i -> points.put(String.valueOf(items.get(i.position())),
                i.maxScore().multiply(BigDecimal.valueOf(share)).setScale(1, java.math.RoundingMode.HALF_UP)));
        List<Long> v = new ArrayList<>();
        for (int p : vetoes) {
            v.add(items.get(p));
        }
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("points", points);
        sheet.put("vetoes", v);
        sheet.put("note", vetoes.length > 0 ? "发生重大安全责任事故" : "现场核查");
        sheet.put("evidence", "巡查记录、维保合同");
        return sheet;
    }

    String base(long round, long project) {
        return "/api/v1/rating/rounds/" + round + "/entries/" + project;
    }

    /** Self-assessment, township review, panel and every expert's sheet; returns the panel's expert ids. */
    List<Long> score(long round, long project, String company, String clerk, double township, double expert,
                     int... vetoes) throws Exception {
        Map<Integer, Long> items = items(round, project, county1);
        send(company, base(round, project) + "/self-assessment", sheet(items, 0.95)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.stage").value("SELF_ASSESSED"));
        send(clerk, base(round, project) + "/township-review", sheet(items, township, vetoes)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.stage").value("REVIEWED"));
        String body = mvc.perform(post(base(round, project) + "/panel").with(fixtures.as(county1)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.panel.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        List<Number> panel = JsonPath.read(body, "$.panel[*].expertId");
        List<Long> ids = panel.stream().map(Number::longValue).toList();
        for (long id : ids) {
            send(clerk, base(round, project) + "/expert-scores", Map.of("expertId", id, "sheet", sheet(items, expert)))
                    .andExpect(status().isOk());
        }
        return ids;
    }

    @Test
    void aFullRoundGoesFromSelfAssessmentToPublicationAndAnAnsweredObjection() throws Exception {
        long round = openRound();
        Map<Integer, Long> items = items(round, projectA, county1);
        // only the company serving the project self-assesses it; another company's project answers 404
        send(companyUserB, base(round, projectA) + "/self-assessment", sheet(items, 0.9)).andExpect(status().isNotFound());
        send(clerkA, base(round, projectA) + "/self-assessment", sheet(items, 0.9)).andExpect(status().isForbidden());
        mvc.perform(get(base(round, projectB)).with(fixtures.as(companyUserA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rating/rounds/" + round + "/entries").with(fixtures.as(companyUserA)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/rating/rounds/" + round + "/entries").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].projectId", not(hasItem((int) projectOther))));
        // the township reviews only after the self-assessment (before the due date), and only in its own area
        send(clerkA, base(round, projectA) + "/township-review", sheet(items, 0.8)).andExpect(status().isUnprocessableContent());
        send(clerkB, base(round, projectA) + "/township-review", sheet(items, 0.8)).andExpect(status().isNotFound());
        // a bad sheet is refused whole
        Map<String, Object> bad = sheet(items, 0.9);
        ((Map<String, Object>) bad.get("points")).put(String.valueOf(items.get(1)), 8.5);
        send(companyUserA, base(round, projectA) + "/self-assessment", bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points." + items.get(1)));
        assertThat(jdbc.sql("select count(*) from rat_sheet s join rat_entry x on x.id = s.entry_id where x.round_id = ?")
                .param(round).query(Long.class).single()).isZero();

        List<Long> panel = score(round, projectA, companyUserA, clerkA, 0.80, 0.90);
        assertThat(panel).doesNotContain(conflicted);
        send(clerkA, base(round, projectA) + "/expert-scores", Map.of("expertId", conflicted, "sheet", sheet(items, 1)))
                .andExpect(status().isBadRequest());
        // 0.4 × 80 + 0.6 × 90 = 86.0: three stars under the default thresholds
        mvc.perform(get(base(round, projectA)).with(fixtures.as(county1)))
                .andExpect(jsonPath("$.entry.stage").value("SCORED"))
                .andExpect(jsonPath("$.entry.finalScore").value(86.0))
                .andExpect(jsonPath("$.entry.star").value(3))
                .andExpect(jsonPath("$.sections.length()").value(6))
                .andExpect(jsonPath("$.sections[0].section").value("综合管理"))
                .andExpect(jsonPath("$.evidence[*].sourceKey", hasItem("evidence.source.casework")))
                .andExpect(jsonPath("$.evidence[*].sourceKey", hasItem("evidence.source.disclosure")));

        mvc.perform(post(base(round, projectA) + "/approval").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(round, projectA) + "/approval").with(fixtures.as(otherCounty)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base(round, projectA) + "/approval").with(fixtures.as(county1)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entry.stage").value("APPROVED"));
        // not yet public
        mvc.perform(get("/api/v1/public/ratings/" + projectA)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/rating/rounds/" + round + "/publication").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rating/rounds/" + round + "/publication").with(fixtures.as(county1)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.objectionUntil").isNotEmpty());

        mvc.perform(get("/api/v1/public/ratings/" + projectA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.current.star").value(3))
                .andExpect(jsonPath("$.current.validUntil").doesNotExist())
                .andExpect(jsonPath("$.current.sections[0].score").isNumber());
        mvc.perform(get("/api/v1/rating/projects/" + projectA).with(fixtures.as(companyUserA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].star").value(3));
        mvc.perform(get("/api/v1/rating/projects/" + projectA).with(fixtures.as(clerkB))).andExpect(status().isNotFound());

        // the owners' committee objects within the window; the county answers, revising the star
        String body = send(committeeA, base(round, projectA) + "/objections", Map.of("reason", "电梯困人多次, 评分偏高"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long objection = ((Number) JsonPath.read(body, "$.objections[0].id")).longValue();
        send(clerkA, base(round, projectA) + "/objections/" + objection + "/answer",
                Map.of("outcome", "REVISED", "revisedStar", 2, "answer", "经复核, 电梯维保记录缺失")).andExpect(status().isForbidden());
        send(county1, base(round, projectA) + "/objections/" + objection + "/answer",
                Map.of("outcome", "REVISED", "answer", "经复核")).andExpect(status().isBadRequest());
        send(county1, base(round, projectA) + "/objections/" + objection + "/answer",
                Map.of("outcome", "REVISED", "revisedStar", 2, "answer", "经复核, 电梯维保记录缺失, 改为二星级"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.objections[0].outcome").value("REVISED"));
        send(county1, base(round, projectA) + "/objections/" + objection + "/answer",
                Map.of("outcome", "MAINTAINED", "answer", "再次答复不可以")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/ratings/" + projectA)).andExpect(jsonPath("$.current.star").value(2));
        // after the window, objections are refused
        jdbc.sql("update rat_round set objection_until = current_date - 1 where id = ?").param(round).update();
        send(committeeA, base(round, projectA) + "/objections", Map.of("reason", "再次提出异议的理由"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aVetoRecordedByTheTownshipWithholdsTheStarWhateverTheScore() throws Exception {
        long round = openRound();
        score(round, projectA, companyUserA, clerkA, 1.0, 1.0, 14);
        mvc.perform(get(base(round, projectA)).with(fixtures.as(county1)))
                .andExpect(jsonPath("$.entry.finalScore").value(100.0))
                .andExpect(jsonPath("$.entry.vetoed").value(true))
                .andExpect(jsonPath("$.entry.star").doesNotExist());
        // the company cannot record a veto on its own sheet: it is ignored
        Map<Integer, Long> items = items(round, projectB, county1);
        send(companyUserB, base(round, projectB) + "/self-assessment", sheet(items, 0.9, 14)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from rat_sheet_score p join rat_sheet s on s.id = p.sheet_id"
                + " join rat_entry x on x.id = s.entry_id where x.project_id = ? and p.vetoed").param(projectB)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aProjectChargingAboveItsStarsRangeIsFlaggedToItsTownshipAndClearedWhenItComesInside() throws Exception {
        jdbc.sql("insert into mkt_fee_item (project_id, name, unit_price) values (?, '物业服务费', 1.20)")
                .param(projectA).update();
        jdbc.sql("insert into mkt_fee_item (project_id, name, unit_price) values (?, '物业服务费', 0.70)")
                .param(projectB).update();
        long round = openRound();
        score(round, projectA, companyUserA, clerkA, 0.8, 0.9);   // 86.0: three stars
        score(round, projectB, companyUserB, clerkA, 0.8, 0.9);
        for (long p : List.of(projectA, projectB)) {
            mvc.perform(post(base(round, p) + "/approval").with(fixtures.as(county1)).with(csrf())).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/rating/rounds/" + round + "/publication").with(fixtures.as(county1)).with(csrf()))
                .andExpect(status().isOk());
        // three stars, no lift: 0.80 ± 25 % = 0.60 to 1.00
        List<Map<String, Object>> rows = List.of(
                Map.of("star", 3, "withLift", false, "basePrice", 0.80, "floatPercent", 25,
                        "effectiveOn", LocalDate.now(ZONE).toString()),
                Map.of("star", 3, "withLift", true, "basePrice", 1.30, "floatPercent", 25,
                        "effectiveOn", LocalDate.now(ZONE).toString()));
        send(clerkA, "/api/v1/fee-guidance", Map.of("rows", rows)).andExpect(status().isForbidden());
        send(county1, "/api/v1/fee-guidance", Map.of("rows", List.of(Map.of("star", 6, "basePrice", -1))))
                .andExpect(status().isBadRequest());
        send(county1, "/api/v1/fee-guidance", Map.of("rows", rows)).andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].ceiling").value(1.0));
        mvc.perform(get("/api/v1/fee-guidance/flags").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].projectId").value(projectA))
                .andExpect(jsonPath("$.content[0].unitPrice").value(1.2))
                .andExpect(jsonPath("$.content[0].ceiling").value(1.0));
        mvc.perform(get("/api/v1/fee-guidance/flags").with(fixtures.as(county1))).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/fee-guidance/flags").with(fixtures.as(clerkB))).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/fee-guidance/flags").with(fixtures.as(companyUserA))).andExpect(status().isForbidden());
        // the board shows the star and the range beside the fee
        assertThat(guidance.forEstate(estateA).star()).isEqualTo(3);
        assertThat(guidance.forEstate(estateA).rangeFor("物业服务费").ceiling()).isEqualByComparingTo("1.00");
        // the company lowers its fee: the next check clears the flag and keeps it in the history
        jdbc.sql("update mkt_fee_item set unit_price = 0.95 where project_id = ?").param(projectA).update();
        mvc.perform(post("/api/v1/fee-guidance/checks").with(fixtures.as(clerkA)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/fee-guidance/checks").with(fixtures.as(county1)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.open").value(0));
        mvc.perform(get("/api/v1/fee-guidance/flags?open=false").with(fixtures.as(county1)))
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].clearedOn").isNotEmpty());
        mvc.perform(get("/api/v1/fee-guidance").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.current.length()").value(2)).andExpect(jsonPath("$.history.totalElements").value(2));
        mvc.perform(get("/api/v1/fee-guidance").with(fixtures.as(companyUserA))).andExpect(status().isForbidden());
        // the measures: two of the county's three serving projects hold a star; both three stars
        RegionMeasure share = measures.stream().filter(m -> m.code().equals("rating.rated-share")).findFirst().orElseThrow();
        RegionMeasure average = measures.stream().filter(m -> m.code().equals("rating.average-star")).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(ZONE);
        assertThat(share.value(countyPath, today, today)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("66.7"));
        assertThat(average.value(countyPath, today, today)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.0"));
    }

    @Autowired
    FeeGuidance guidance;

    @Test
    void theCountyVersionsItsStandardAndOthersMayOnlyReadTheirOwnCounty() throws Exception {
        mvc.perform(get("/api/v1/rating/standards/current").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.isDefault").value(true)).andExpect(jsonPath("$.thresholds[4]").value(95));
        mvc.perform(get("/api/v1/rating/standards").with(fixtures.as(companyUserA))).andExpect(status().isForbidden());
        RatingStandard d = DefaultStandard.standard();
        List<Map<String, Object>> items = new ArrayList<>();
        d.items().forEach(i -> items.add(Map.of("section", i.section(), "name", i.name(), "maxScore", i.maxScore(),
                "method", i.method(), "veto", i.veto())));
        Map<String, Object> draft = new HashMap<>(Map.of("title", "台前县住宅物业服务星级标准 (2026)", "townshipWeight", 30,
                "thresholds", List.of(55, 65, 75, 85, 92), "items", items));
        send(clerkA, "/api/v1/rating/standards", draft).andExpect(status().isForbidden());
        String body = send(county1, "/api/v1/rating/standards", draft).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.townshipWeight").value(30))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/rating/standards/" + id).with(fixtures.as(clerkB))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rating/standards/" + id).with(fixtures.as(otherCounty))).andExpect(status().isNotFound());
        draft.put("thresholds", List.of(55, 65, 65, 85, 92));
        send(county1, "/api/v1/rating/standards", draft).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("thresholds"));
        mvc.perform(get("/api/v1/rating/standards").with(fixtures.as(county1))).andExpect(jsonPath("$.length()").value(1));
        // a round keeps the version it opened with
        long round = openRound();
        mvc.perform(get("/api/v1/rating/rounds/" + round).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.standardId").value(id));
        mvc.perform(get("/api/v1/rating/rounds/" + round).with(fixtures.as(otherCounty))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rating/rounds").with(fixtures.as(otherCounty)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) round))));
        send(clerkA, "/api/v1/rating/rounds", Map.of("title", "乡镇不能开启", "selfDue", LocalDate.now(ZONE).plusDays(3).toString()))
                .andExpect(status().isForbidden());
        send(county1, "/api/v1/rating/rounds", Map.of("title", "第二个进行中的轮次", "selfDue", LocalDate.now(ZONE).plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aCommendationIsPublishedAndAnnouncedToTheCreditModule() throws Exception {
        Map<String, Object> c = Map.of("companyId", companyA, "projectId", projectA, "title", "2026年度优秀物业服务企业",
                "reason", "星级高、服务好、信誉好");
        send(companyUserA, "/api/v1/rating/commendations", c).andExpect(status().isForbidden());
        send(otherCounty, "/api/v1/rating/commendations", c).andExpect(status().isNotFound());
        send(county1, "/api/v1/rating/commendations", Map.of("companyId", companyA, "projectId", projectB,
                "title", "2026年度优秀物业服务企业", "reason", "星级高、服务好、信誉好")).andExpect(status().isBadRequest());
        send(county1, "/api/v1/rating/commendations", c).andExpect(status().isCreated())
                .andExpect(jsonPath("$.companyId").value(companyA));
        assertThat(events.stream(CompanyCommended.class)).anySatisfy(e -> {
            assertThat(e.companyId()).isEqualTo(companyA);
            assertThat(e.projectId()).isEqualTo(projectA);
        });
        mvc.perform(get("/api/v1/rating/commendations").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$[0].title").value("2026年度优秀物业服务企业"));
        mvc.perform(get("/api/v1/rating/commendations").with(fixtures.as(otherCounty)))
                .andExpect(jsonPath("$[*].companyId", not(hasItem((int) companyA))));
    }

    @Test
    void aCountyUnderACityFindsItsOwnRoundAndStandardAsATopLevelCountyDoes() throws Exception {
        // the demo's county sits under a province and a city: its officials' county is found by level, not depth
        long city = fixtures.region(null, "CITY", fixtures.unique("濮阳市"));
        long nested = fixtures.region(city, "COUNTY", fixtures.unique("台前县"));
        long town = fixtures.region(nested, "TOWNSHIP", fixtures.unique("城关镇"));
        long community = fixtures.region(town, "COMMUNITY", "城关社区");
        long estate = fixtures.estate(community, fixtures.unique("阳光小区"));
        long company = fixtures.company(fixtures.unique("阳光物业"), fixtures.unique("91410932"), estate);
        String official = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(nested, null, null, null, null));
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        String serving = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        String body = send(official, "/api/v1/rating/rounds", Map.of("title", "2026年度星级评定",
                "selfDue", LocalDate.now(ZONE).plusDays(20).toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.projects").value(1))
                .andReturn().getResponse().getContentAsString();
        long round = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.sql("select region_path from rat_round where id = ?").param(round).query(String.class)
                .single()).isEqualTo("/" + city + "/" + nested + "/");
        for (String who : List.of(official, clerk)) {
            mvc.perform(get("/api/v1/rating/rounds/" + round).with(fixtures.as(who))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/rating/rounds").with(fixtures.as(who)))
                    .andExpect(jsonPath("$.totalElements").value(1));
        }
        // the township's review goes through (it read the round of its county), the other county still sees nothing
        long project = project(estate);
        Map<Integer, Long> items = items(round, project, official);
        send(serving, base(round, project) + "/self-assessment", sheet(items, 0.9)).andExpect(status().isOk());
        send(clerk, base(round, project) + "/township-review", sheet(items, 0.85)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.stage").value("REVIEWED"));
        mvc.perform(get("/api/v1/rating/rounds/" + round).with(fixtures.as(otherCounty)))
                .andExpect(status().isNotFound());
        // the standard the county saves is its own, under its id
        mvc.perform(get("/api/v1/rating/standards/current").with(fixtures.as(clerk))).andExpect(status().isOk());
        assertThat(jdbc.sql("select s.county_id from rat_standard s join rat_round r on r.standard_id = s.id"
                + " where r.id = ?").param(round).query(Long.class).single()).isEqualTo(nested);
    }

    @Test
    void thePublicListShowsTheDemoStarsWithoutLoginAndNoPersonalData() throws Exception {
        String body = mvc.perform(get("/api/v1/public/ratings")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(7)))
                .andExpect(jsonPath("$.content[0].star").value(5))
                .andExpect(jsonPath("$.content[0].sections.length()").value(6))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Phone").doesNotContain("managerName").doesNotContain("idNumber");
        long project = ((Number) JsonPath.read(body, "$.content[0].projectId")).longValue();
        mvc.perform(get("/public/ratings")).andExpect(status().isOk())
                .andExpect(content().string(containsString("public-rating")))
                .andExpect(content().string(containsString("★★★★★")));
        mvc.perform(get("/public/ratings/" + project)).andExpect(status().isOk())
                .andExpect(content().string(containsString("plaque-link")))
                .andExpect(content().string(containsString("/public/ratings/" + project)));
        byte[] pdf = mvc.perform(get("/public/ratings/" + project + "/plaque.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/public/ratings?star=5")).andExpect(jsonPath("$.content[*].star",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(5))));
        // the demo's round: one vetoed project, an answered objection, at least one fee flagged
        assertThat(jdbc.sql("select count(*) from rat_entry where vetoed and stage = 'PUBLISHED'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select count(*) from rat_objection where answer is not null").query(Long.class).single())
                .isPositive();
        // flagged at least once: other tests in this shared context may change the guidance and clear it since
        assertThat(jdbc.sql("select count(*) from rat_fee_flag").query(Long.class).single()).isPositive();
    }
}
