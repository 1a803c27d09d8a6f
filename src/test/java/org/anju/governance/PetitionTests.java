package org.anju.governance;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.IntegrationTest;
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
 * Temporary meetings and removals through the API and the console: the owners' and members' shares, the
 * township's order, the result removing the member and opening their handover; jurisdiction (the access matrix
 * rows of /api/v1/petitions name this class).
 */
class PetitionTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long estateA;
    long committee;
    long member;
    String clerkA;
    String clerkB;
    String community;
    String committeeAccount;
    String company;

    @BeforeEach
    void place() {
        TwoTownships t = TwoTownships.of(fixtures);
        estateA = t.estateA();
        clerkA = t.clerkA();
        clerkB = t.clerkB();
        community = t.community();
        committeeAccount = t.committeeAccount();
        company = t.company();
        long building = fixtures.building(estateA, "1号楼");
        for (int i = 0; i < 10; i++) {
            fixtures.house(building, "1", String.valueOf(101 + i), "100.00");
        }
        committee = TwoTownships.committee(jdbc, estateA, "FILED", TODAY.minusYears(1));
        member = jdbc.sql("select max(id) from gov_member where committee_id = ?").param(committee).query(Long.class).single();
    }

    @Test
    void twentyPercentOfTheOwnersForceATemporaryMeetingAndTheTownshipOrdersItWhenTheCommitteeStalls() throws Exception {
        // 10 houses: 2 signatures are 20%, 1 is not
        file(clerkA, "TEMPORARY_MEETING", "OWNERS", null, 1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("supporters"));
        file(clerkA, "TEMPORARY_MEETING", "OWNERS", null, 11).andExpect(status().isBadRequest());
        file(company, "TEMPORARY_MEETING", "OWNERS", null, 2).andExpect(status().isForbidden());
        file(clerkB, "TEMPORARY_MEETING", "OWNERS", null, 2).andExpect(status().isNotFound());
        long id = id(file(committeeAccount, "TEMPORARY_MEETING", "OWNERS", null, 2).andExpect(status().isCreated())
                .andExpect(jsonPath("$.base").value(10)).andExpect(jsonPath("$.status").value("FILED")));
        mvc.perform(get("/api/v1/governance/todo").param("kind", "PETITION_PENDING").param("size", "100")
                        .with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[*].link", hasItem("/console/petitions/" + id)));
        String order = "{\"reason\":\"业委会未按期召开\",\"orderedOn\":\"" + TODAY + "\"}";
        mvc.perform(json(post("/api/v1/petitions/" + id + "/order"), community, order)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/petitions/" + id + "/order"), clerkB, order)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/petitions/" + id + "/order"), clerkA, order)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ORDERED"));
        mvc.perform(json(post("/api/v1/petitions/" + id + "/order"), clerkA, order)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/petitions/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/console/petitions/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("业委会未按期召开")));
    }

    @Test
    void aThirdOfTheMembersProposeARemovalWhichCarriedRemovesTheMemberAndOpensTheirHandover() throws Exception {
        // 7 serving members: 3 are a third, 2 are not
        file(clerkA, "REMOVAL", "MEMBERS", member, 2).andExpect(status().isUnprocessableContent());
        file(clerkA, "REMOVAL", "COMMITTEE", member, 0).andExpect(status().isUnprocessableContent());
        file(clerkA, "REMOVAL", "MEMBERS", null, 3).andExpect(status().isBadRequest());
        long id = id(file(clerkA, "REMOVAL", "MEMBERS", member, 3).andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberName").value("委员6")));
        String decision = "{\"decidedOn\":\"%s\",\"carried\":true,\"result\":\"参与表决 8 户, 同意 6 户\"}";
        mvc.perform(json(post("/api/v1/petitions/" + id + "/decision"), company, decision.formatted(TODAY)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/petitions/" + id + "/decision"), clerkA, decision.formatted(TODAY.minusYears(2))))
                .andExpect(status().isBadRequest());
        assertThat(memberStatus()).isEqualTo("ACTIVE");
        mvc.perform(json(post("/api/v1/petitions/" + id + "/decision"), clerkA, decision.formatted(TODAY)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.carried").value(true));
        assertThat(memberStatus()).isEqualTo("REMOVED");
        assertThat(jdbc.sql("select due_on from gov_handover where member_id = ?").param(member).query(LocalDate.class)
                .single()).isEqualTo(TODAY.plusDays(3));
        mvc.perform(get("/api/v1/committees/" + committee).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.announcements[*].text", hasItem(containsString("表决罢免 委员6"))));
        mvc.perform(json(post("/api/v1/petitions/" + id + "/decision"), clerkA, decision.formatted(TODAY)))
                .andExpect(status().isUnprocessableContent());
        file(clerkA, "REMOVAL", "MEMBERS", member, 3).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/petitions").param("committeeId", String.valueOf(committee)).with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/console/petitions").param("committeeId", String.valueOf(committee)).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("petition-form")));
    }

    private String memberStatus() {
        return jdbc.sql("select status from gov_member where id = ?").param(member).query(String.class).single();
    }

    private ResultActions file(String who, String kind, String proposer, Long memberId, long supporters) throws Exception {
        return mvc.perform(json(post("/api/v1/petitions"), who,
                "{\"committeeId\":%d,\"kind\":\"%s\",\"proposer\":\"%s\",\"memberId\":%s,\"supporters\":%d,\"reason\":\"长期不召开会议\",\"filedOn\":\"%s\"}"
                        .formatted(committee, kind, proposer, memberId, supporters, TODAY)));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String who, String body) {
        return request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
