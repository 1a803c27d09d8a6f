package org.anju.governance;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * The negative list, removal, dissolution and training records through the API, as the console pages do them;
 * jurisdiction of each (the access matrix rows of those endpoints name this class).
 */
class CommitteeActionApiTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long estateA;
    long estateB;
    String clerkA;
    String clerkB;
    String community;
    String committeeAccount;
    String company;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        committeeAccount = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA"), estateA), null, null));
    }

    @Test
    void aNegativeListEntrySuspendsAtOnceIsAnnouncedAndAnInterimPostingRunsTenWorkingDays() throws Exception {
        long id = filed("INTERIM", estateA);
        long member = lastMember(id);
        negative(clerkB, id, member).andExpect(status().isNotFound());
        negative(committeeAccount, id, member).andExpect(status().isForbidden());
        negative(company, id, member).andExpect(status().isForbidden());
        long otherCommittee = filed("OWNERS", fixtures.estate(jdbc.sql("select community_id from reg_estate where id = ?")
                .param(estateA).query(Long.class).single(), "丙小区"));
        negative(clerkA, otherCommittee, member).andExpect(status().isNotFound());
        assertThat(memberStatus(member)).isEqualTo("ACTIVE");
        negative(community, id, member).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(get("/api/v1/committees/" + id).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.announcements[0].text", containsString("暂停履职: 侵占公共收益")))
                .andExpect(jsonPath("$.announcements[0].postedUntil").exists());
        mvc.perform(get("/console/committees/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("posted-until")));
        // posted on 30 September 2026: the National Day holidays do not count
        jdbc.sql("update gov_announcement set published_on = date '2026-09-30' where member_id = ?").param(member).update();
        mvc.perform(get("/api/v1/committees/" + id).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.announcements[0].postedUntil").value("2026-10-20"));
        negative(clerkA, id, member).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theTownshipRemovesAnInterimMemberAndAnOwnersMemberOnlyByTheAssemblysRecordedDecision() throws Exception {
        long interim = filed("INTERIM", estateA);
        long im = lastMember(interim);
        removal(community, interim, im, null).andExpect(status().isForbidden());
        removal(clerkB, interim, im, null).andExpect(status().isNotFound());
        removal(clerkA, interim, im, null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REMOVED"));
        long owners = filed("OWNERS", estateB);
        long om = lastMember(owners);
        removal(clerkA, owners, om, TODAY).andExpect(status().isNotFound());
        String clerkOfB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(jdbc.sql(
                "select t.id from reg_estate e join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id where e.id = ?")
                .param(estateB).query(Long.class).single(), null, null, null, null));
        removal(clerkOfB, owners, om, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assemblyDecidedOn"));
        removal(clerkOfB, owners, om, TODAY.plusDays(1)).andExpect(status().isBadRequest());
        assertThat(memberStatus(om)).isEqualTo("ACTIVE");
        removal(clerkOfB, owners, om, TODAY.minusDays(2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED")).andExpect(jsonPath("$.toDate").value(TODAY.minusDays(2).toString()));
        mvc.perform(get("/api/v1/committees/" + owners).with(fixtures.as(clerkOfB)))
                .andExpect(jsonPath("$.announcements[0].text", containsString("业主大会于 " + TODAY.minusDays(2))))
                .andExpect(jsonPath("$.announcements[0].postedUntil").doesNotExist());
    }

    @Test
    void theTownshipConfirmsAnInterimsDissolutionOnceTheOwnersCommitteeIsFiled() throws Exception {
        long interim = filed("INTERIM", estateA);
        dissolve(clerkA, interim).andExpect(status().isUnprocessableContent());
        long owners = filed("OWNERS", estateA);
        assertThat(owners).isPositive();
        dissolve(clerkB, interim).andExpect(status().isNotFound());
        dissolve(community, interim).andExpect(status().isForbidden());
        dissolve(committeeAccount, interim).andExpect(status().isForbidden());
        dissolve(clerkA, interim).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISSOLVED"));
    }

    @Test
    void trainingsAreRecordedByTheTownshipOrTheCommitteeItselfAndThePageNamesTheUntrained() throws Exception {
        long id = filed("OWNERS", estateA);
        List<Long> members = jdbc.sql("select id from gov_member where committee_id = ? order by id").param(id)
                .query(Long.class).list();
        String body = training(TODAY.minusDays(3), members.subList(0, 3));
        mvc.perform(json(post("/api/v1/committees/" + id + "/trainings"), clerkB, body)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/committees/" + id + "/trainings"), company, body)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/committees/" + id + "/trainings"), committeeAccount, body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attendeeIds.length()").value(3))
                .andExpect(jsonPath("$.hours").value(2.5));
        mvc.perform(json(post("/api/v1/committees/" + id + "/trainings"), clerkA,
                        training(TODAY.minusYears(1), members.subList(3, 5))))
                .andExpect(status().isCreated());
        long stranger = lastMember(filed("INTERIM", fixtures.estate(jdbc.sql(
                "select community_id from reg_estate where id = ?").param(estateA).query(Long.class).single(), "丁小区")));
        mvc.perform(json(post("/api/v1/committees/" + id + "/trainings"), clerkA, training(TODAY, List.of(stranger))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attendeeIds"));
        mvc.perform(json(post("/api/v1/committees/" + id + "/trainings"), clerkA,
                        "{\"heldOn\":\"" + TODAY + "\",\"topic\":\"x\",\"hours\":0,\"organiser\":\"\",\"attendeeIds\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(4));
        mvc.perform(get("/api/v1/committees/" + id + "/trainings").with(fixtures.as(committeeAccount)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/committees/" + id + "/trainings").with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committees/" + id + "/trainings/untrained").with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        // last year's training does not count this year: members 4 to 7 are untrained
        String untrained = mvc.perform(get("/api/v1/committees/" + id + "/trainings/untrained").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(untrained, "$[*].id")).map(Integer::longValue)
                .containsExactlyInAnyOrderElementsOf(members.subList(3, 7));
        mvc.perform(get("/console/committees/" + id).with(fixtures.as(committeeAccount))).andExpect(status().isOk())
                .andExpect(content().string(containsString("untrained-member")))
                .andExpect(content().string(containsString("业主大会议事规则培训")))
                .andExpect(content().string(containsString("training-save")));
        mvc.perform(post("/console/committees/" + id + "/trainings").param("heldOn", TODAY.toString())
                        .param("topic", "消防安全").param("hours", "1.5").param("organiser", "甲镇")
                        .param("attendeeIds", members.subList(3, 7).stream().map(String::valueOf).toArray(String[]::new))
                        .with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/committees/" + id + "/trainings/untrained").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/console/committees/mine").with(fixtures.as(committeeAccount)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/committees/" + id).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.timeline[*].action", hasItem("TRAINING")));
    }

    @Test
    void aDecisionNeedsTheMajorityOfMembersWhoMaySignAndAnInterimOneIsPostedTenWorkingDays() throws Exception {
        long id = filed("INTERIM", estateA);
        List<Long> members = jdbc.sql("select id from gov_member where committee_id = ? order by id").param(id)
                .query(Long.class).list();
        jdbc.sql("update gov_member set status = 'SUSPENDED' where id = ?").param(members.get(0)).update();
        // four signatures of seven, but one of them is suspended: refused, nothing written
        decision(clerkA, id, TODAY, TODAY, members.subList(0, 4)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message", hasItem("有 1 名签字委员不在任或已暂停履职, 不能签字")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("物管会决定须过半数委员签字, 现为 3/6")));
        decision(clerkA, id, TODAY.minusDays(4), TODAY, members.subList(1, 5)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("postedOn"));
        assertThat(jdbc.sql("select count(*) from gov_decision where committee_id = ?").param(id).query(Long.class)
                .single()).isZero();
        decision(clerkB, id, TODAY, TODAY, members.subList(1, 5)).andExpect(status().isNotFound());
        decision(company, id, TODAY, TODAY, members.subList(1, 5)).andExpect(status().isForbidden());
        decision(clerkA, id, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), members.subList(1, 5))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.postedUntil").value("2026-10-20"))
                .andExpect(jsonPath("$.signerNames.length()").value(4));
        mvc.perform(get("/api/v1/committees/" + id + "/decisions").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/committees/" + id + "/decisions").with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/committees/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-10-20")));
        // the owners' committee records its own decision: 4 of 7 is at least half
        long owners = filed("OWNERS", fixtures.estate(jdbc.sql("select community_id from reg_estate where id = ?")
                .param(estateA).query(Long.class).single(), "戊小区"));
        String ownAccount = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, jdbc.sql(
                "select estate_id from gov_committee where id = ?").param(owners).query(Long.class).single(), null, null, null));
        List<Long> om = jdbc.sql("select id from gov_member where committee_id = ? order by id").param(owners)
                .query(Long.class).list();
        decision(ownAccount, owners, TODAY, TODAY, om.subList(0, 3)).andExpect(status().isUnprocessableContent());
        decision(ownAccount, owners, TODAY, TODAY, om.subList(0, 4)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.postedUntil").doesNotExist());
    }

    private ResultActions decision(String who, long committee, LocalDate decided, LocalDate posted, List<Long> signers)
            throws Exception {
        return mvc.perform(json(post("/api/v1/committees/" + committee + "/decisions"), who,
                "{\"title\":\"续聘物业服务企业\",\"decidedOn\":\"%s\",\"postedOn\":\"%s\",\"signerIds\":%s}"
                        .formatted(decided, posted, signers)));
    }

    @Test
    void theCommitteeFormReachesEveryEstateOfATownshipWithThreeHundredEstates() throws Exception {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "大镇");
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        long last = 0;
        long lastCommunity = 0;
        for (int c = 0; c < 3; c++) {
            lastCommunity = fixtures.region(town, "COMMUNITY", "社区" + c);
            for (int e = 0; e < 100; e++) {
                last = fixtures.estate(lastCommunity, String.format("小区%03d", c * 100 + e));
            }
        }
        mvc.perform(get("/console/committees/new").param("estateId", String.valueOf(last)).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + last + "\" selected")))
                .andExpect(content().string(containsString("value=\"" + lastCommunity + "\" selected")));
        mvc.perform(get("/console/regions/estates").param("communityId", String.valueOf(lastCommunity))
                        .with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("小区299")));
        mvc.perform(post("/console/committees").param("estateId", String.valueOf(last)).param("kind", "INTERIM")
                        .param("formedOn", TODAY.toString()).param("termEnd", TODAY.plusYears(3).toString())
                        .with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** A filed committee of 7 members (interim: chair from the residents' committee, 4 owner representatives). */
    private long filed(String kind, long estate) {
        long id = jdbc.sql("""
                        insert into gov_committee (estate_id, kind, status, formed_on, term_end, filed_on)
                        values (?, ?, 'FILED', ?, ?, ?) returning id""")
                .params(estate, kind, TODAY.minusYears(1), TODAY.plusYears(2), TODAY.minusYears(1).plusDays(10))
                .query(Long.class).single();
        for (int i = 0; i < 7; i++) {
            jdbc.sql("""
                            insert into gov_member (committee_id, name, role, from_residents_committee, owner_representative,
                                                    from_date, status) values (?, ?, ?, ?, ?, ?, 'ACTIVE')""")
                    .params(id, "委员" + i, i == 0 ? "CHAIR" : "MEMBER", i == 0, i >= 3, TODAY.minusYears(1)).update();
        }
        if ("OWNERS".equals(kind)) {
            jdbc.sql("update gov_committee set dissolution_due = ? where estate_id = ? and kind = 'INTERIM' and status = 'FILED'")
                    .params(TODAY.plusDays(30), estate).update();
        }
        return id;
    }

    private long lastMember(long committee) {
        return jdbc.sql("select max(id) from gov_member where committee_id = ?").param(committee).query(Long.class).single();
    }

    private String memberStatus(long member) {
        return jdbc.sql("select status from gov_member where id = ?").param(member).query(String.class).single();
    }

    private ResultActions negative(String who, long committee, long member) throws Exception {
        return mvc.perform(json(post("/api/v1/committees/" + committee + "/members/" + member + "/negative-list"), who,
                "{\"reason\":\"侵占公共收益\",\"listedOn\":\"" + TODAY + "\"}"));
    }

    private ResultActions removal(String who, long committee, long member, LocalDate decided) throws Exception {
        return mvc.perform(json(post("/api/v1/committees/" + committee + "/members/" + member + "/removal"), who,
                decided == null ? "{\"reason\":\"长期不履职\"}"
                        : "{\"reason\":\"长期不履职\",\"assemblyDecidedOn\":\"" + decided + "\"}"));
    }

    private ResultActions dissolve(String who, long committee) throws Exception {
        return mvc.perform(post("/api/v1/committees/" + committee + "/dissolution").with(fixtures.as(who)).with(csrf()));
    }

    private static String training(LocalDate on, List<Long> attendees) {
        return "{\"heldOn\":\"%s\",\"topic\":\"业主大会议事规则培训\",\"hours\":2.5,\"organiser\":\"甲镇人民政府\",\"attendeeIds\":%s}"
                .formatted(on, attendees);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String who, String body) {
        return request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
