package org.anju.voting;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.governance.CommitteeKind;
import org.anju.governance.CommitteeSeeds;
import org.anju.governance.CommitteeStatus;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole vote through the API on PostgreSQL: who organises, the frozen roll, online and paper ballots stored once,
 * counting, closing, publishing, receipts, scans, and jurisdiction (the access matrix rows of /api/v1/votes name
 * this class).
 */
@RecordApplicationEvents
class VoteTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    CommitteeSeeds committeeSeeds;

    @Autowired
    ApplicationEvents events;

    long townA;
    long estate;
    long building1;
    long otherEstate;
    long ownerA;   // two houses
    long ownerB;
    long ownerC;
    String committee;
    String clerkA;
    String clerkB;
    String company;
    String county;
    String yezhuA;
    String yezhuB;
    String yezhuC;

    @BeforeEach
    void place() {
        long countyId = fixtures.region(null, "COUNTY", fixtures.unique("表决县"));
        townA = fixtures.region(countyId, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(countyId, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estate = fixtures.estate(communityA, fixtures.unique("甲小区"));
        otherEstate = fixtures.estate(communityA, fixtures.unique("无委员会小区"));
        building1 = fixtures.building(estate, "1号楼");
        long building2 = fixtures.building(estate, "2号楼");
        // A holds 101 and 102 (90.00 + 60.50), B holds 201 (100.25), 202 is the developer's unsold house (49.25)
        ownerA = fixtures.owner("甲", fixtures.unique("4109271980"), "13800000001",
                fixtures.house(building1, "1", "101", "90.00"), fixtures.house(building1, "1", "102", "60.50"));
        ownerB = fixtures.owner("乙", fixtures.unique("4109271981"), "13800000002",
                fixtures.house(building2, "1", "201", "100.25"));
        fixtures.house(building2, "1", "202", "49.25");
        long otherHouse = fixtures.house(fixtures.building(otherEstate, "1号楼"), "1", "101", "80.00");
        ownerC = fixtures.owner("丙", fixtures.unique("4109271982"), "13800000003", otherHouse);
        fixtures.estate(communityB, fixtures.unique("乙小区"));
        committeeSeeds.seed(List.of(new CommitteeSeeds.Seed(estate, CommitteeKind.OWNERS, CommitteeStatus.FILED,
                java.time.LocalDate.now().minusYears(1), java.time.LocalDate.now().plusYears(4),
                java.time.LocalDate.now().minusMonths(11), List.of(), null)));
        committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyId, null, null, null, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA") , estate), null, null));
        yezhuA = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerA));
        yezhuB = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerB));
        yezhuC = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerC));
    }

    Map<String, Object> voteBody(long estateId, String mode, String... matters) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        List<Map<String, Object>> motions = java.util.Arrays.stream(matters)
                .map(m -> Map.<String, Object>of("title", "议题 " + m, "matter", m)).toList();
        // the notice went up on the estate's board 20 days ago (decision 0025)
        return Map.of("estateId", estateId, "title", "2026 年业主大会", "mode", mode,
                "opensAt", now.minusMinutes(1).toString(), "closesAt", now.plusDays(7).toString(), "motions", motions,
                "noticePostedOn", now.toLocalDate().minusDays(20).toString());
    }

    ResultActions create(String as, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/votes").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    long[] open(String... matters) throws Exception {
        String body = create(committee, voteBody(estate, "MEETING", matters)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        List<Integer> motions = JsonPath.read(body, "$.motions[*].id");
        long[] ids = new long[motions.size() + 1];
        ids[0] = ((Number) JsonPath.read(body, "$.id")).longValue();
        for (int i = 0; i < motions.size(); i++) {
            ids[i + 1] = motions.get(i);
        }
        return ids;
    }

    ResultActions ballot(String as, long vote, Long owner, Long voter, long motion, String choice, String channel)
            throws Exception {
        Map<String, Object> b = new java.util.HashMap<>();
        b.put("ownerId", owner);
        b.put("voterId", voter);
        b.put("motionId", motion);
        b.put("choice", choice);
        b.put("channel", channel);
        return mvc.perform(post("/api/v1/votes/" + vote + "/ballots").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b)));
    }

    ResultActions close(String as, long vote, String reason) throws Exception {
        return mvc.perform(post("/api/v1/votes/" + vote + "/close").with(fixtures.as(as)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? "{}" : json.writeValueAsString(Map.of("reason", reason))));
    }

    long developerVoter(long vote) {
        return jdbc.sql("select id from vot_voter where vote_id = ? and developer").param(vote).query(Long.class).single();
    }

    @Test
    void theCommitteeOpensAVoteWhoseRollIsFrozenWithEachOwnerOnceAndTheUnsoldHousesAsOne() throws Exception {
        long vote = open("HIRE_COMPANY")[0];
        mvc.perform(get("/api/v1/votes/" + vote).with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.totalOwners").value(3))
                .andExpect(jsonPath("$.totalArea").value(300.00));
        // a house registered later does not join the roll
        fixtures.owner("丁", fixtures.unique("4109271983"), "13800000004", fixtures.house(building1, "1", "103", "70.00"));
        mvc.perform(get("/api/v1/votes/" + vote + "/result").with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(jsonPath("$.motions[0].totalOwners").value(3))
                .andExpect(jsonPath("$.motions[0].totalArea").value(300.00))
                .andExpect(jsonPath("$.finalResult").value(false));
        assertThat(jdbc.sql("select count(*) from vot_roll where vote_id = ?").param(vote).query(Long.class).single())
                .isEqualTo(4);
        assertThatThrownBy(() -> jdbc.sql("delete from vot_roll where vote_id = ?").param(vote).update())
                .hasMessageContaining("frozen");
    }

    @Test
    void anOwnerChangesTheirOnlineVoteUntilTheCloseAndTheBallotIsStoredOnce() throws Exception {
        long[] v = open("HIRE_COMPANY");
        String first = JsonPath.read(ballot(yezhuA, v[0], null, null, v[1], "AGREE", "ONLINE")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.receipt");
        String second = JsonPath.read(ballot(yezhuA, v[0], ownerA, null, v[1], "AGAINST", "ONLINE")
                .andExpect(status().isOk()).andExpect(jsonPath("$.choice").value("AGAINST"))
                .andReturn().getResponse().getContentAsString(), "$.receipt");
        assertThat(jdbc.sql("select count(*) from vot_ballot where vote_id = ?").param(v[0]).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(post("/api/v1/votes/" + v[0] + "/receipts/check").with(fixtures.as(yezhuA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("receipt", second))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.countedAsCast").value(true)).andExpect(jsonPath("$.choice").value("AGAINST"));
        mvc.perform(post("/api/v1/votes/" + v[0] + "/receipts/check").with(fixtures.as(yezhuA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("receipt", first))))
                .andExpect(jsonPath("$.genuine").value(true)).andExpect(jsonPath("$.superseded").value(true))
                .andExpect(jsonPath("$.countedAsCast").value(false));
        String forged = second.replace("AGAINST", "AGREE");
        mvc.perform(post("/api/v1/votes/" + v[0] + "/receipts/check").with(fixtures.as(yezhuA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("receipt", forged))))
                .andExpect(jsonPath("$.genuine").value(false));
        mvc.perform(get("/api/v1/votes/" + v[0] + "/ballots/mine").with(fixtures.as(yezhuA))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].receipt").value(second));
        // a second row for the same motion and voter is refused by the database itself
        long voter = jdbc.sql("select voter_id from vot_ballot where vote_id = ?").param(v[0]).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into vot_ballot (vote_id, motion_id, voter_id, channel, choice, cast_at, recorded_by, receipt)
                values (?, ?, ?, 'ONLINE', 'AGREE', now(), 'x', 'x')""").params(v[0], v[1], voter).update())
                .hasMessageContaining("vot_ballot_motion_id_voter_id_key");
    }

    @Test
    void anOwnerVotesOnlyOnlineForThemselfAndOnlyOnTheRoll() throws Exception {
        long[] v = open("OTHER");
        ballot(yezhuA, v[0], ownerB, null, v[1], "AGREE", "ONLINE").andExpect(status().isForbidden());
        ballot(yezhuA, v[0], null, null, v[1], "AGREE", "PAPER").andExpect(status().isUnprocessableContent());
        ballot(yezhuC, v[0], null, null, v[1], "AGREE", "ONLINE").andExpect(status().isNotFound());
        ballot(yezhuA, v[0], null, null, v[1], null, "ONLINE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("choice"));
        ballot(committee, v[0], ownerA, null, v[1], "AGREE", "ONLINE").andExpect(status().isUnprocessableContent());
        ballot(clerkA, v[0], ownerA, null, v[1], "AGREE", "PAPER").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from vot_ballot where vote_id = ?").param(v[0]).query(Long.class).single())
                .isZero();
    }

    @Test
    void anOwnerWhoVotedOnlineCannotBeCountedOnPaperNorTheOtherWayRound() throws Exception {
        long[] v = open("OTHER", "COVENANT");
        ballot(yezhuA, v[0], null, null, v[1], "AGREE", "ONLINE").andExpect(status().isOk());
        ballot(committee, v[0], ownerA, null, v[2], "AGAINST", "PAPER").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        ballot(committee, v[0], ownerB, null, v[1], "AGAINST", "PAPER").andExpect(status().isOk());
        ballot(yezhuB, v[0], null, null, v[2], "AGREE", "ONLINE").andExpect(status().isUnprocessableContent());
        ballot(committee, v[0], ownerB, null, v[1], "AGREE", "PAPER").andExpect(status().isUnprocessableContent());
        // the database refuses a paper ballot of an online voter even without the code's check
        long voterA = jdbc.sql("select voter_id from vot_roll_owner where vote_id = ? and owner_id = ?")
                .params(v[0], ownerA).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into vot_ballot (vote_id, motion_id, voter_id, channel, choice, cast_at, recorded_by, receipt)
                values (?, ?, ?, 'PAPER', 'AGREE', now(), 'x', 'x')""").params(v[0], v[2], voterA).update())
                .hasMessageContaining("vot_ballot_vote_id_voter_id_channel_fkey");
        mvc.perform(get("/api/v1/votes/" + v[0] + "/result").with(fixtures.as(committee)))
                .andExpect(jsonPath("$.onlineVoters").value(1)).andExpect(jsonPath("$.paperVoters").value(1))
                .andExpect(jsonPath("$.paperWithoutScan").value(1));
    }

    @Test
    void aCarriedMotionToUseTheFundBecomesTheDecisionAnOrdinaryFundUseNames() throws Exception {
        long[] v = open("USE_FUND");
        ballot(yezhuA, v[0], null, null, v[1], "AGREE", "ONLINE").andExpect(status().isOk());
        ballot(committee, v[0], null, developerVoter(v[0]), v[1], "AGREE", "PAPER").andExpect(status().isOk());
        ballot(yezhuB, v[0], null, null, v[1], "AGREE", "ONLINE").andExpect(status().isOk());
        close(committee, v[0], "全体业主均已表决").andExpect(status().isOk())
                .andExpect(jsonPath("$.motions[0].passed").value(true));
        assertThat(jdbc.sql("select count(*) from fnd_decision where decision_ref = ? and estate_id = ? and carried"
                        + " and source = 'VOTING'").params("VOTE-" + v[0] + "-" + v[1], estate).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void closingCountsExactlyPublishesTheCarriedMotionAndFreezesTheVote() throws Exception {
        long[] v = open("HIRE_COMPANY", "RAISE_FUND");
        long vote = v[0];
        // A (150.50 m²) agrees to both online; the developer (49.25 m²) agrees on paper to both; B (100.25) against both
        ballot(yezhuA, vote, null, null, v[1], "AGREE", "ONLINE").andExpect(status().isOk());
        ballot(yezhuA, vote, null, null, v[2], "AGREE", "ONLINE").andExpect(status().isOk());
        ballot(committee, vote, null, developerVoter(vote), v[1], "AGREE", "PAPER").andExpect(status().isOk());
        ballot(committee, vote, null, developerVoter(vote), v[2], "AGREE", "PAPER").andExpect(status().isOk());
        ballot(yezhuB, vote, null, null, v[1], "AGAINST", "ONLINE").andExpect(status().isOk());
        ballot(yezhuB, vote, null, null, v[2], "AGAINST", "ONLINE").andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + vote + "/non-voters").with(fixtures.as(committee)))
                .andExpect(jsonPath("$.totalElements").value(0));
        close(committee, vote, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        close(yezhuA, vote, "提前结束").andExpect(status().isForbidden());
        close(committee, vote, "全体业主均已表决").andExpect(status().isOk())
                .andExpect(jsonPath("$.finalResult").value(true))
                // 3 of 3 owners, 300.00 m²; agree 2 owners, 199.75 m² (66.58 %): > 1/2 but < 3/4 of 300.00
                .andExpect(jsonPath("$.motions[0].quorate").value(true))
                .andExpect(jsonPath("$.motions[0].passed").value(true))
                .andExpect(jsonPath("$.motions[0].participatingArea").value(300.00))
                .andExpect(jsonPath("$.motions[0].participatingOwners").value(3))
                .andExpect(jsonPath("$.motions[0].agreeArea").value(199.75))
                .andExpect(jsonPath("$.motions[0].agreeOwners").value(2))
                .andExpect(jsonPath("$.motions[0].totalArea").value(300.00))
                .andExpect(jsonPath("$.motions[0].totalOwners").value(3))
                .andExpect(jsonPath("$.motions[1].passed").value(false));
        assertThat(events.stream(MotionCarried.class).filter(e -> e.voteId() == vote).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.motionId()).isEqualTo(v[1]);
                    assertThat(e.matter()).isEqualTo(Matter.HIRE_COMPANY);
                    assertThat(e.estateId()).isEqualTo(estate);
                });
        ballot(yezhuA, vote, null, null, v[1], "AGAINST", "ONLINE").andExpect(status().isUnprocessableContent());
        close(committee, vote, "再次").andExpect(status().isUnprocessableContent());
        assertThatThrownBy(() -> jdbc.sql("update vot_ballot set choice = 'AGAINST' where vote_id = ?").param(vote).update())
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("update vot_vote set title = 'x' where id = ?").param(vote).update())
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("update vot_motion set passed = false where vote_id = ?").param(vote).update())
                .hasMessageContaining("cannot change");
        // the decision document, then the result, reach owners only once published
        byte[] pdf = mvc.perform(get("/api/v1/votes/" + vote + "/decision.pdf").with(fixtures.as(committee)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/votes/" + vote + "/decision.pdf").with(fixtures.as(yezhuB)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/votes/" + vote + "/decision.pdf").with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/votes/" + vote + "/result").with(fixtures.as(yezhuB)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/votes/" + vote + "/publish").with(fixtures.as(committee)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/votes/" + vote + "/result").with(fixtures.as(yezhuB))).andExpect(status().isOk())
                .andExpect(jsonPath("$.motions[0].passed").value(true));
        mvc.perform(get("/api/v1/votes/" + vote + "/decision.pdf").with(fixtures.as(yezhuB))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'vote' and entity_id = ?")
                .param(String.valueOf(vote)).query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theTownshipOrganisesOnlyWhereNoCommitteeIsFiledAndSeesEveryVoteOfItsArea() throws Exception {
        create(clerkA, voteBody(estate, "MEETING", "OTHER")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("estateId"));
        long mine = ((Number) JsonPath.read(create(clerkA, voteBody(otherEstate, "MEETING", "OTHER"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        create(clerkB, voteBody(otherEstate, "MEETING", "OTHER")).andExpect(status().isNotFound());
        create(county, voteBody(otherEstate, "MEETING", "OTHER")).andExpect(status().isForbidden());
        create(committee, voteBody(otherEstate, "MEETING", "OTHER")).andExpect(status().isNotFound());
        create(yezhuA, voteBody(estate, "MEETING", "OTHER")).andExpect(status().isForbidden());
        long committees = open("OTHER")[0];
        for (String path : List.of("", "/result", "/non-voters", "/voters")) {
            mvc.perform(get("/api/v1/votes/" + committees + path).with(fixtures.as(clerkA))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/votes/" + committees + path).with(fixtures.as(county))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/votes/" + committees + path).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/votes/" + committees + path).with(fixtures.as(company))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/votes/" + committees + "/non-voters").with(fixtures.as(yezhuA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/votes/" + mine).with(fixtures.as(committee))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/votes").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.hasItems((int) mine, (int) committees)));
        mvc.perform(get("/api/v1/votes").with(fixtures.as(clerkB))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) mine))));
        mvc.perform(get("/api/v1/votes").with(fixtures.as(yezhuA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.hasItem((int) committees)))
                .andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) mine))));
        // the committee acts on its vote, the township does not; the township acts on its own
        close(clerkA, committees, "测试").andExpect(status().isForbidden());
        close(clerkB, mine, "测试").andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/votes/" + mine + "/publish").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/votes/" + mine + "/decision.pdf").with(fixtures.as(clerkA)))
                .andExpect(status().isUnprocessableContent());
        ballot(clerkA, mine, ownerC, null, JsonPath.<Integer>read(mvc.perform(get("/api/v1/votes/" + mine)
                .with(fixtures.as(clerkA))).andReturn().getResponse().getContentAsString(), "$.motions[0].id"),
                "AGREE", "PAPER").andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + mine + "/ballots/mine").with(fixtures.as(yezhuC))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + mine + "/ballots/mine").with(fixtures.as(clerkA))).andExpect(status().isForbidden());
    }

    @Test
    void aBadVoteIsRefusedFieldByFieldAndAnObjectionVoteOnlyDecidesFundUse() throws Exception {
        create(committee, Map.of("estateId", estate)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("title", "mode", "opensAt",
                        "closesAt", "motions")));
        create(committee, voteBody(estate, "OBJECTION", "USE_FUND", "RAISE_FUND")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("motions[1].matter"));
        create(committee, voteBody(estate, "OBJECTION", "USE_FUND")).andExpect(status().isCreated());
        Map<String, Object> reversed = new java.util.HashMap<>(voteBody(estate, "MEETING", "OTHER"));
        reversed.put("closesAt", OffsetDateTime.now().minusDays(2).toString());
        create(committee, reversed).andExpect(status().isBadRequest());
    }

    @Test
    void aBuildingVoteRollsOnlyThatBuildingsHouses() throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(voteBody(estate, "MEETING", "OTHER"));
        body.remove("estateId");
        body.put("buildingId", building1);
        long vote = ((Number) JsonPath.read(create(committee, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/votes/" + vote).with(fixtures.as(committee)))
                .andExpect(jsonPath("$.totalOwners").value(1)).andExpect(jsonPath("$.totalArea").value(150.50))
                .andExpect(jsonPath("$.buildingId").value(building1));
        mvc.perform(get("/api/v1/votes/" + vote).with(fixtures.as(yezhuB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/votes/" + vote).with(fixtures.as(yezhuA))).andExpect(status().isOk());
    }

    @Test
    void thePaperBallotsScanIsAttachedOnceAndListedUntilThen() throws Exception {
        long[] v = open("OTHER");
        ballot(committee, v[0], ownerB, null, v[1], "AGREE", "PAPER").andExpect(status().isOk());
        ballot(yezhuA, v[0], null, null, v[1], "AGREE", "ONLINE").andExpect(status().isOk());
        MockMultipartFile scan = new MockMultipartFile("file", "乙.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        mvc.perform(multipart("/api/v1/votes/" + v[0] + "/scans").file(scan).param("ownerId", String.valueOf(ownerA))
                .with(fixtures.as(committee)).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/api/v1/votes/" + v[0] + "/scans").file(new MockMultipartFile("file", "a.exe",
                        "application/x-msdownload", new byte[]{1})).param("ownerId", String.valueOf(ownerB))
                .with(fixtures.as(committee)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/votes/" + v[0] + "/scans").file(scan).param("ownerId", String.valueOf(ownerB))
                .with(fixtures.as(committee)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(multipart("/api/v1/votes/" + v[0] + "/scans").file(scan).param("ownerId", String.valueOf(ownerB))
                .with(fixtures.as(committee)).with(csrf())).andExpect(status().isUnprocessableContent());
        long voterB = jdbc.sql("select voter_id from vot_roll_owner where vote_id = ? and owner_id = ?")
                .params(v[0], ownerB).query(Long.class).single();
        mvc.perform(get("/api/v1/votes/" + v[0] + "/scans/" + voterB).with(fixtures.as(clerkA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + v[0] + "/scans/" + voterB).with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/votes/" + v[0] + "/result").with(fixtures.as(committee)))
                .andExpect(jsonPath("$.paperWithoutScan").value(0));
        mvc.perform(get("/api/v1/votes/" + v[0] + "/non-voters").with(fixtures.as(committee)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].developer").value(true));
    }
}
