package org.anju.governance;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * Committees through the API and the console: the lifecycle, the rules at filing, the negative list, and
 * jurisdiction (the access matrix rows of /api/v1/committees name this class).
 */
class CommitteeTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    Committees committees;

    @Autowired
    CommitteeCoverage coverage;

    long townA;
    long communityA;
    long estateA;
    long estateB;
    long ownerA;
    long ownerB;
    String clerkA;
    String clerkB;
    String community;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(communityB, "乙小区");
        ownerA = fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001",
                fixtures.house(fixtures.building(estateA, "1号楼"), "1", "101", "90.00"));
        ownerB = fixtures.owner("乙业主", fixtures.unique("4109271981"), "13800000002",
                fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00"));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
    }

    @Test
    void aTownshipFormsAnInterimCommitteeFilesItAndItsMembersCanSign() throws Exception {
        long id = form(clerkA, estateA, "INTERIM", TODAY, TODAY.plusYears(3));
        long chair = interimMembers(clerkA, id, 7);
        submit(clerkA, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(committees.canSign(chair)).as("not yet filed").isFalse();
        decide(clerkA, id, "accept", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FILED"));
        assertThat(committees.canSign(chair)).isTrue();
        mvc.perform(get("/api/v1/committees/" + id).with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committee.activeMembers").value(7))
                .andExpect(jsonPath("$.members.length()").value(7))
                .andExpect(jsonPath("$.timeline[*].action", hasItem("ACCEPTED")));
        assertThat(coverage.estatesWithFiledCommittee(Set.of(estateA, estateB))).containsExactly(estateA);
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'committee' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anInterimCommitteeOfSixIsRefusedAtFilingWithChineseErrorsAndStaysADraft() throws Exception {
        long id = form(clerkA, estateA, "INTERIM", TODAY, TODAY.plusYears(3));
        interimMembers(clerkA, id, 6);
        submit(clerkA, id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message", hasItem("物管会委员不少于 7 人, 现为 6 人")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("委员人数应为单数, 现为 6 人")));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void filingTheOwnersCommitteeMakesTheInterimDueForDissolutionAndTheTownshipConfirmsIt() throws Exception {
        long interim = form(clerkA, estateA, "INTERIM", TODAY.minusYears(1), TODAY.plusYears(2));
        interimMembers(clerkA, interim, 7);
        submit(clerkA, interim);
        decide(clerkA, interim, "accept", null);
        long owners = filedOwnersCommittee(TODAY.minusDays(10), TODAY.plusYears(5).minusDays(10));
        assertThat(jdbc.sql("select dissolution_due from gov_committee where id = ?").param(interim)
                .query(LocalDate.class).single()).isEqualTo(TODAY.plusDays(30));
        mvc.perform(get("/console/committees").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("dissolution-due")));
        mvc.perform(post("/console/committees/" + interim + "/dissolve").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(interim)).isEqualTo("DISSOLVED");
        assertThat(statusOf(owners)).isEqualTo("FILED");
        // no new interim committee once the owners' committee is filed
        mvc.perform(json(post("/api/v1/committees"), clerkA, body(estateA, "INTERIM", TODAY, TODAY.plusYears(1))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void aMemberPutOnTheNegativeListIsSuspendedAtOnceCannotSignAndIsAnnounced() throws Exception {
        long id = filedOwnersCommittee(TODAY.minusYears(1), TODAY.plusYears(4));
        long member = jdbc.sql("select max(id) from gov_member where committee_id = ?").param(id)
                .query(Long.class).single();
        assertThat(committees.canSign(member)).isTrue();
        mvc.perform(post("/console/committees/" + id + "/members/" + member + "/negative").param("reason", "侵占公共收益")
                        .param("listedOn", TODAY.toString()).with(fixtures.as(community)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(committees.canSign(member)).isFalse();
        mvc.perform(get("/console/committees/" + id).with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("列入负面清单, 暂停履职: 侵占公共收益")))
                .andExpect(content().string(containsString("暂停履职")));
        // an owners' committee member is recalled by the assembly, not removed by the township
        mvc.perform(post("/console/committees/" + id + "/members/" + member + "/remove").param("reason", "不再适合")
                        .with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theTownshipRemovesAnInterimMemberButTheCommunityMayNot() throws Exception {
        long id = form(clerkA, estateA, "INTERIM", TODAY, TODAY.plusYears(3));
        interimMembers(clerkA, id, 7);
        long member = jdbc.sql("select max(id) from gov_member where committee_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(post("/console/committees/" + id + "/members/" + member + "/remove").param("reason", "长期不履职")
                        .with(fixtures.as(community)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/committees/" + id + "/members/" + member + "/remove").param("reason", "长期不履职")
                        .with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from gov_member where id = ?").param(member).query(String.class).single())
                .isEqualTo("REMOVED");
        assertThat(jdbc.sql("select count(*) from gov_announcement where member_id = ? and kind = 'REMOVED'")
                .param(member).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherTownshipsCommitteeAnswers404AndIsNotListed() throws Exception {
        long id = form(clerkA, estateA, "OWNERS", TODAY, TODAY.plusYears(5));
        mvc.perform(get("/api/v1/committees/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/committees/" + id + "/members"), clerkB, member("张三", "CHAIR", null, false, false)))
                .andExpect(status().isNotFound());
        submit(clerkB, id).andExpect(status().isNotFound());
        mvc.perform(get("/console/committees/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees").param("size", "100").with(fixtures.as(clerkB)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(json(post("/api/v1/committees"), clerkB, body(estateA, "OWNERS", TODAY, TODAY.plusYears(5))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void theOwnersCommitteeAccountReadsItsOwnCommitteeAndWritesNothing() throws Exception {
        long own = form(clerkA, estateA, "OWNERS", TODAY, TODAY.plusYears(5));
        long other = form(clerkA, fixtures.estate(communityA, "丙小区"), "OWNERS", TODAY, TODAY.plusYears(5));
        String account = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        mvc.perform(get("/api/v1/committees/" + own).with(fixtures.as(account))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/committees/" + other).with(fixtures.as(account))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/committees/" + own + "/members"), account, member("张三", "CHAIR", null, false, false)))
                .andExpect(status().isForbidden());
        submit(account, own).andExpect(status().isForbidden());
        assertThat(statusOf(own)).isEqualTo("DRAFT");
    }

    @Test
    void aCommunitySubmitsButOnlyTheTownshipAcceptsOrReturnsWithAReason() throws Exception {
        long id = form(community, estateA, "OWNERS", TODAY, TODAY.plusYears(5));
        ownersMembers(community, id, 5);
        submit(community, id).andExpect(status().isOk());
        decide(community, id, "accept", null).andExpect(status().isForbidden());
        decide(clerkA, id, "return", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请填写理由 (2 至 500 字)"));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        decide(clerkA, id, "return", "会议记录缺签字").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED")).andExpect(jsonPath("$.returnReason").value("会议记录缺签字"));
        submit(community, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void badInputIsRefusedWithChineseFieldErrorsAndNothingWritten() throws Exception {
        long before = jdbc.sql("select count(*) from gov_committee").query(Long.class).single();
        mvc.perform(json(post("/api/v1/committees"), clerkA, body(estateA, "OWNERS", TODAY, TODAY.plusYears(6))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("termEnd"))
                .andExpect(jsonPath("$.errors[0].message").value("任期不得超过 5 年"));
        mvc.perform(json(post("/api/v1/committees"), clerkA, "{\"estateId\":" + estateA + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("请选择委员会类别")));
        mvc.perform(json(post("/api/v1/committees"), clerkA, "{\"estateId\":" + estateA + ",\"kind\":\"NO\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from gov_committee").query(Long.class).single()).isEqualTo(before);
        long id = form(clerkA, estateA, "OWNERS", TODAY, TODAY.plusYears(5));
        mvc.perform(json(post("/api/v1/committees/" + id + "/members"), clerkA, member("外人", "MEMBER", ownerB, false, false)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("该业主不是本小区的业主"));
        mvc.perform(json(post("/api/v1/committees/" + id + "/members"), clerkA, member("本人", "MEMBER", ownerA, false, false)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from gov_member where committee_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(post("/console/committees").param("estateId", String.valueOf(estateA)).param("kind", "OWNERS")
                        .param("formedOn", "昨天").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写成立日期")));
    }

    @Test
    void theTownshipsListShowsReelectionDueAndFilingPending() throws Exception {
        filedOwnersCommittee(TODAY.plusDays(60).minusYears(5), TODAY.plusDays(60));
        long pending = form(clerkA, fixtures.estate(communityA, "丁小区"), "OWNERS", TODAY, TODAY.plusYears(5));
        long overdue = form(clerkA, fixtures.estate(communityA, "戊小区"), "OWNERS", TODAY.minusDays(31),
                TODAY.plusYears(4));
        mvc.perform(get("/api/v1/committees").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[?(@.reelectionDue == true)].estateName").value(hasItem("甲小区")))
                .andExpect(jsonPath("$.content[?(@.id == " + pending + ")].filingPending").value(hasItem(true)))
                .andExpect(jsonPath("$.content[?(@.id == " + pending + ")].filingOverdue").value(hasItem(false)))
                .andExpect(jsonPath("$.content[?(@.id == " + overdue + ")].filingOverdue").value(hasItem(true)));
        mvc.perform(get("/console/committees").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reelection-due")))
                .andExpect(content().string(containsString("filing-pending")))
                .andExpect(content().string(containsString("filing-overdue")));
        mvc.perform(get("/console/committees/new").with(fixtures.as(clerkA))).andExpect(status().isOk());
    }

    @Test
    void onlyTheCountyChangesTheCommitteeNumbersAndTheChangeIsAudited() throws Exception {
        mvc.perform(post("/console/committees/settings").param("name", "REELECTION_NOTICE_DAYS").param("value", "60")
                .with(fixtures.as(clerkA)).with(csrf())).andExpect(status().isForbidden());
        String countyClerk = fixtures.account(Role.COUNTY_AUTHORITY,
                new Binding(jdbc.sql("select parent_id from reg_region where id = ?").param(townA).query(Long.class)
                        .single(), null, null, null, null));
        try {
            mvc.perform(post("/console/committees/settings").param("name", "REELECTION_NOTICE_DAYS").param("value", "60")
                    .with(fixtures.as(countyClerk)).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(committees.settings().reelectionNoticeDays()).isEqualTo(60);
            assertThat(jdbc.sql("select count(*) from idn_audit_event where actor = ? and entity_type = 'committee-setting'")
                    .param(countyClerk).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("update gov_setting set value = 90 where name = 'REELECTION_NOTICE_DAYS'").update();
        }
    }

    private long filedOwnersCommittee(LocalDate formed, LocalDate termEnd) throws Exception {
        long id = form(clerkA, estateA, "OWNERS", formed, termEnd);
        ownersMembers(clerkA, id, 5);
        submit(clerkA, id).andExpect(status().isOk());
        decide(clerkA, id, "accept", null).andExpect(status().isOk());
        return id;
    }

    private long form(String who, long estate, String kind, LocalDate formed, LocalDate termEnd) throws Exception {
        String response = mvc.perform(json(post("/api/v1/committees"), who, body(estate, kind, formed, termEnd)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    /** n members: the chair from the residents' committee, the last half-and-more owner representatives. */
    private long interimMembers(String who, long id, int n) throws Exception {
        long chair = 0;
        for (int i = 0; i < n; i++) {
            String r = mvc.perform(json(post("/api/v1/committees/" + id + "/members"), who,
                            member("委员" + i, i == 0 ? "CHAIR" : "MEMBER", null, i == 0, i >= n / 2)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            if (i == 0) {
                chair = ((Number) JsonPath.read(r, "$.id")).longValue();
            }
        }
        return chair;
    }

    private void ownersMembers(String who, long id, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            mvc.perform(json(post("/api/v1/committees/" + id + "/members"), who,
                            member("业委" + i, i == 0 ? "CHAIR" : "MEMBER", null, false, true)))
                    .andExpect(status().isCreated());
        }
    }

    private org.springframework.test.web.servlet.ResultActions submit(String who, long id) throws Exception {
        return mvc.perform(post("/api/v1/committees/" + id + "/filing").with(fixtures.as(who)).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions decide(String who, long id, String what, String reason)
            throws Exception {
        return mvc.perform(json(post("/api/v1/committees/" + id + "/filing/" + what), who,
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"));
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from gov_committee where id = ?").param(id).query(String.class).single();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who, String body) {
        RequestPostProcessor as = fixtures.as(who);
        return request.with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String body(long estate, String kind, LocalDate formed, LocalDate termEnd) {
        return "{\"estateId\":%d,\"kind\":\"%s\",\"formedOn\":\"%s\",\"termEnd\":\"%s\"}"
                .formatted(estate, kind, formed, termEnd);
    }

    private String member(String name, String role, Long owner, boolean residents, boolean ownerRepresentative) {
        return "{\"name\":\"%s\",\"role\":\"%s\",\"ownerId\":%s,\"fromResidentsCommittee\":%s,\"ownerRepresentative\":%s,\"fromDate\":\"%s\"}"
                .formatted(name, role, owner, residents, ownerRepresentative, TODAY.minusYears(1));
    }
}
