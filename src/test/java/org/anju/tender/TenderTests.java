package org.anju.tender;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.tender.internal.TenderStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tenders through the API: publication, the sealed-bid rule, late and ineligible bids, the panel draw without
 * conflicted experts, scores and the published award (the access matrix rows of /api/v1/tenders name this class).
 */
@RecordApplicationEvents
class TenderTests extends IntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JsonMapper json;

    @Autowired
    Tenders tenders;

    @Autowired
    TenderStore store;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("marketBidderEligibility")
    BidderEligibility defaultEligibility;

    /** Every eligibility bean combined, as Tenders holds it (market and the credit black list). */
    Object allEligibility;

    @Autowired
    ApplicationEvents events;

    long region;
    long estate;
    long estateB;
    long companyA;
    long companyB;
    String bidderA;
    String bidderB;
    String clerk;
    String clerkB;
    String county;
    long conflictedExpert;

    @BeforeEach
    void place() {
        Object target = AopTestUtils.getTargetObject(tenders);
        allEligibility = ReflectionTestUtils.getField(target, "eligibility");
        region = fixtures.region(null, "COUNTY", fixtures.unique("招标县"));
        long town = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        long community = fixtures.region(town, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estate = fixtures.estate(community, fixtures.unique("新城花园"));
        estateB = fixtures.estate(communityB, fixtures.unique("乙新区"));
        companyA = fixtures.company(fixtures.unique("安泰物业"), fixtures.unique("91410927"));
        companyB = fixtures.company(fixtures.unique("宜居物业"), fixtures.unique("91410928"));
        bidderA = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        bidderB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyB, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        String path = jdbc.sql("select path from reg_region where id = ?").param(region).query(String.class).single();
        List<Long> experts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            experts.add(store.addExpert(region, path, "专家" + i, "物业管理"));
        }
        conflictedExpert = experts.get(2);
        store.addConflict(conflictedExpert, companyB, "曾在该企业任职");
    }

    @AfterEach
    void restoreEligibility() {
        Object target = AopTestUtils.getTargetObject(tenders);
        ReflectionTestUtils.setField(target, "eligibility", allEligibility);
    }

    ResultActions create(String as, long estateId, int priceWeight) throws Exception {
        Map<String, Object> body = Map.of("estateId", estateId, "title", "新城花园前期物业服务招标",
                "developer", "台前县新城置业有限公司", "requirements", "保洁、秩序维护、绿化养护、共用设施设备维护, 二级服务标准",
                "deadline", LocalDateTime.now(ZONE).plusDays(10).withNano(0).toString(),
                "openingAt", LocalDateTime.now(ZONE).plusDays(10).plusHours(1).withNano(0).toString(),
                "panelSize", 5,
                "criteria", List.of(Map.of("name", "投标报价", "weight", priceWeight), Map.of("name", "服务方案", "weight", 60)));
        return mvc.perform(post("/api/v1/tenders").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    long tender() throws Exception {
        String body = create(clerk, estate, 40).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions bid(String as, long tender, String price) throws Exception {
        return mvc.perform(post("/api/v1/tenders/" + tender + "/bids").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"price\": " + price + ", \"proposal\": \"服务方案: 24小时秩序维护, 每日保洁两次, 绿化月度养护。\"}"));
    }

    /** Time passes: the deadline and the opening time are now behind us. */
    void passDeadline(long tender) {
        jdbc.sql("update tnd_tender set deadline = now() - interval '2 hours', opening_at = now() - interval '1 hour'"
                + " where id = ?").param(tender).update();
    }

    @Test
    void aTownshipPublishesATenderAndAWrongSchemeOrAPastDeadlineIsRefused() throws Exception {
        create(clerk, estate, 40).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"));
        create(clerk, estate, 39).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("criteria"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("100")));
        create(clerkB, estate, 40).andExpect(status().isNotFound());
        create(bidderA, estate, 40).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tenders").with(fixtures.as(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"estateId\": " + estate + ", \"title\": \"招标\", \"developer\": \"开发商\","
                                + " \"requirements\": \"保洁、秩序维护、绿化养护\", \"deadline\": \"2020-01-01T09:00\","
                                + " \"openingAt\": \"2020-01-01T10:00\", \"panelSize\": 4, \"criteria\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("deadline")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("panelSize")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("criteria")));
    }

    @Test
    void bidsAreSealedUntilOpeningEvenForTheCountyAndReadableAfter() throws Exception {
        long id = tender();
        bid(bidderA, id, "1.35").andExpect(status().isCreated()).andExpect(jsonPath("$.price").doesNotExist());
        bid(bidderB, id, "1.28").andExpect(status().isCreated());
        for (String who : List.of(county, clerk)) {
            String body = mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(who)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.sealed").value(true))
                    .andExpect(jsonPath("$.tender.bids").value(2))
                    .andExpect(jsonPath("$.bids.length()").value(0))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("1.35").doesNotContain("1.28").doesNotContain("服务方案: 24小时");
        }
        mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(bidderA)))
                .andExpect(jsonPath("$.bids.length()").value(1))
                .andExpect(jsonPath("$.bids[0].companyId").value(companyA))
                .andExpect(jsonPath("$.bids[0].price").doesNotExist())
                .andExpect(jsonPath("$.bids[0].proposal").doesNotExist())
                .andExpect(jsonPath("$.bids[0].digest").isNotEmpty());
        mvc.perform(get("/console/tenders/" + id).with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sealed-note")));
        mvc.perform(post("/api/v1/tenders/" + id + "/opening").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("未到开标时间")));
        // the query layer itself: even a tender marked opened stays sealed before its opening time
        Instant now = Instant.now();
        jdbc.sql("update tnd_tender set opened_at = opening_at where id = ?").param(id).update();
        assertThat(store.bids(id, -1, now)).isEmpty();
        assertThat(store.bids(id, companyA, now)).singleElement().satisfies(b -> {
            assertThat(b.price()).isNull();
            assertThat(b.proposal()).isNull();
        });
        jdbc.sql("update tnd_tender set opened_at = null where id = ?").param(id).update();

        passDeadline(id);
        mvc.perform(post("/api/v1/tenders/" + id + "/opening").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tenders/" + id + "/opening").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sealed").value(false))
                .andExpect(jsonPath("$.bids.length()").value(2));
        mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.bids[*].price", hasItem(1.35)))
                .andExpect(jsonPath("$.bids[*].price", hasItem(1.28)))
                .andExpect(jsonPath("$.bids[0].proposal").value(containsString("24小时")));
        mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(bidderB)))
                .andExpect(jsonPath("$.bids[*].price", hasItem(1.35)))
                .andExpect(jsonPath("$.bids[?(@.companyId == " + companyA + ")].proposal")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.bids[?(@.companyId == " + companyB + ")].proposal")
                        .value(org.hamcrest.Matchers.contains(containsString("24小时"))));
    }

    @Test
    void aBidAfterTheDeadlineIsRefusedClearly() throws Exception {
        long id = tender();
        bid(bidderA, id, "1.35").andExpect(status().isCreated());
        passDeadline(id);
        bid(bidderB, id, "1.20").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("投标已截止")));
        bid(bidderA, id, "1.10").andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.sql("select price from tnd_bid where tender_id = ?").param(id).query(BigDecimal.class).list())
                .singleElement().satisfies(p -> assertThat(p).isEqualByComparingTo("1.35"));
    }

    @Test
    void anIneligibleCompanyCannotBidAndOnlyCompaniesBid() throws Exception {
        long id = tender();
        assertThat(defaultEligibility.refusal(companyA)).isEmpty();
        assertThat(defaultEligibility.refusal(987_654_321L)).contains("tender.error.notRegistered");
        BidderEligibility barred = c -> c == companyB ? Optional.of("tender.error.notRegistered") : Optional.empty();
        Object target = AopTestUtils.getTargetObject(tenders);
        ReflectionTestUtils.setField(target, "eligibility", barred);
        bid(bidderB, id, "1.20").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不能投标")));
        bid(bidderA, id, "1.20").andExpect(status().isCreated());
        bid(county, id, "1.20").andExpect(status().isForbidden());
        bid(bidderA, id, "0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("price"));
        assertThat(jdbc.sql("select count(*) from tnd_bid where tender_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theConflictedExpertIsNeverDrawnScoresAreEnteredAndTheAwardIsPublished() throws Exception {
        long id = tender();
        bid(bidderA, id, "1.35").andExpect(status().isCreated());
        bid(bidderB, id, "1.28").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/public/tenders/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.bids.length()").value(0));
        passDeadline(id);
        mvc.perform(post("/api/v1/tenders/" + id + "/opening").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk());
        String drawn = mvc.perform(post("/api/v1/tenders/" + id + "/panel").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.panel.length()").value(5))
                .andReturn().getResponse().getContentAsString();
        List<Integer> experts = JsonPath.read(drawn, "$.panel[*].expertId");
        assertThat(experts).doesNotContain((int) conflictedExpert);
        mvc.perform(post("/api/v1/tenders/" + id + "/panel").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());

        List<Integer> members = JsonPath.read(drawn, "$.panel[*].id");
        List<Integer> criteria = JsonPath.read(drawn, "$.criteria[*].id");
        List<Map<String, Object>> bids = JsonPath.read(drawn, "$.bids");
        long bidA = bids.stream().filter(b -> ((Number) b.get("companyId")).longValue() == companyA)
                .map(b -> ((Number) b.get("id")).longValue()).findFirst().orElseThrow();
        long bidB = bids.stream().filter(b -> ((Number) b.get("companyId")).longValue() == companyB)
                .map(b -> ((Number) b.get("id")).longValue()).findFirst().orElseThrow();
        mvc.perform(post("/api/v1/tenders/" + id + "/award").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bidId\": " + bidB + ", \"reason\": \"得分最高\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("scores"));
        for (int m : members) {
            List<Map<String, Object>> sheet = new ArrayList<>();
            sheet.add(Map.of("bidId", bidA, "criterionId", criteria.get(0), "points", 30));
            sheet.add(Map.of("bidId", bidA, "criterionId", criteria.get(1), "points", 50));
            sheet.add(Map.of("bidId", bidB, "criterionId", criteria.get(0), "points", 38));
            sheet.add(Map.of("bidId", bidB, "criterionId", criteria.get(1), "points", 52.5));
            mvc.perform(post("/api/v1/tenders/" + id + "/scores").with(fixtures.as(county)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("panelMemberId", m, "scores", sheet))))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/tenders/" + id + "/scores").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "panelMemberId", members.get(0), "scores", List.of(Map.of("bidId", bidA,
                                        "criterionId", criteria.get(0), "points", 41))))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tenders/" + id + "/award").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bidId\": " + bidA + ", \"reason\": \"得分最高\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("bidId"));
        mvc.perform(post("/api/v1/tenders/" + id + "/award").with(fixtures.as(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bidId\": " + bidB + ", \"reason\": \"得分最高\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tenders/" + id + "/award").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bidId\": " + bidB + ", \"reason\": \"综合得分最高, 报价合理\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tender.status").value("AWARDED"))
                .andExpect(jsonPath("$.awardedBidId").value(bidB));
        assertThat(events.stream(TenderAwarded.class)).anyMatch(e -> e.tenderId() == id && e.estateId() == estate
                && e.companyId() == companyB && e.price().compareTo(new BigDecimal("1.28")) == 0);
        // the award is the preliminary project: the winner serves the estate at its bid price
        assertThat(jdbc.sql("select count(*) from mkt_project p join mkt_fee_item f on f.project_id = p.id"
                        + " where p.estate_id = ? and p.company_id = ? and p.ended_on is null and f.unit_price = 1.28")
                .params(estate, companyB).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/public/tenders/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.bids[0].companyId").value(companyB))
                .andExpect(jsonPath("$.bids[0].score").value(90.5))
                .andExpect(jsonPath("$.bids[0].proposal").doesNotExist())
                .andExpect(jsonPath("$.awardReason").value("综合得分最高, 报价合理"));
        mvc.perform(get("/public/tenders").param("text", "新城花园前期")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/tenders/" + id)));
        mvc.perform(get("/public/tenders/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("综合得分最高, 报价合理")));
    }

    @Test
    void tendersAreReadWithinTheJurisdictionAndEveryCompanyReadsTheNotice() throws Exception {
        long id = tender();
        mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(clerk))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tenders/" + id).with(fixtures.as(bidderA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tenders").with(fixtures.as(clerkB)).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.not(hasItem((int) id))));
        mvc.perform(get("/api/v1/tenders").with(fixtures.as(clerk)).param("text", "新城花园前期"))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(post("/api/v1/tenders/" + id + "/panel").with(fixtures.as(clerkB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/tenders").with(fixtures.as(clerk))).andExpect(status().isOk());
        mvc.perform(get("/console/tenders/" + id).with(fixtures.as(bidderA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("bid-form")));
    }

    @Test
    void theTenderPagesServeEachRoleAndARefusedFormSaysWhy() throws Exception {
        mvc.perform(get("/console/tenders/new").with(fixtures.as(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("tender-form")));
        mvc.perform(get("/console/tenders/new").with(fixtures.as(bidderA))).andExpect(status().isForbidden());
        mvc.perform(post("/console/tenders").with(fixtures.as(clerk)).with(csrf()).param("estateId", String.valueOf(estate))
                        .param("title", "页面招标").param("developer", "开发商").param("requirements", "保洁、秩序维护、绿化养护")
                        .param("deadline", LocalDateTime.now(ZONE).plusDays(3).withNano(0).withSecond(0).toString())
                        .param("openingAt", LocalDateTime.now(ZONE).plusDays(3).plusHours(1).withNano(0).withSecond(0).toString())
                        .param("panelSize", "5").param("criterionName0", "报价").param("criterionWeight0", "50")
                        .param("criterionName1", "方案").param("criterionWeight1", "40"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("合计应为 100 分 (现为 90 分)")));
        mvc.perform(post("/console/tenders").with(fixtures.as(clerk)).with(csrf()).param("estateId", String.valueOf(estate))
                        .param("title", "页面招标").param("developer", "开发商").param("requirements", "保洁、秩序维护、绿化养护")
                        .param("deadline", LocalDateTime.now(ZONE).plusDays(3).withNano(0).withSecond(0).toString())
                        .param("openingAt", LocalDateTime.now(ZONE).plusDays(3).plusHours(1).withNano(0).withSecond(0).toString())
                        .param("panelSize", "5").param("criterionName0", "报价").param("criterionWeight0", "60")
                        .param("criterionName1", "方案").param("criterionWeight1", "40"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/tenders/experts").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("曾在该企业任职")));
        mvc.perform(get("/console/tenders/experts").with(fixtures.as(clerk))).andExpect(status().isForbidden());
        mvc.perform(post("/console/tenders/experts").with(fixtures.as(county)).with(csrf()).param("name", "新专家")
                .param("specialty", "物业管理")).andExpect(status().is3xxRedirection());
        long id = tender();
        bid(bidderA, id, "1.35").andExpect(status().isCreated());
        mvc.perform(post("/console/tenders/" + id + "/bids").with(fixtures.as(bidderB)).with(csrf())
                        .param("price", "abc").param("proposal", "短"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("报价应大于 0")));
        passDeadline(id);
        mvc.perform(post("/console/tenders/" + id + "/opening").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/tenders/" + id + "/panel").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/tenders/" + id).with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("score-form")))
                .andExpect(content().string(containsString("¥1.35")));
    }
}
