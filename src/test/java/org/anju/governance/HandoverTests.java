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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Committee handovers and the developer's owner roll through the API and the console: opened by a new term's
 * filing, by a removal or by the township; checklist, confirmations, the township's witness and order; deadlines
 * and overdue items on the to-do list; jurisdiction (the access matrix rows of /api/v1/handovers and
 * /api/v1/roll-handovers name this class).
 */
class HandoverTests extends IntegrationTest {

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
        TwoTownships t = TwoTownships.of(fixtures);
        estateA = t.estateA();
        estateB = t.estateB();
        clerkA = t.clerkA();
        clerkB = t.clerkB();
        community = t.community();
        committeeAccount = t.committeeAccount();
        company = t.company();
    }

    @Test
    void aNewTermsFilingOpensTheHandoverWhichBothSidesConfirmAndTheTownshipWitnesses() throws Exception {
        long old = committee(estateA, "FILED", TODAY.minusYears(5).plusDays(20));
        long next = committee(estateA, "SUBMITTED", TODAY.minusDays(5));
        mvc.perform(post("/api/v1/committees/" + next + "/filing/accept").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isOk());
        String list = mvc.perform(get("/api/v1/handovers").param("committeeId", String.valueOf(old))
                        .with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].kind").value("TERM"))
                .andExpect(jsonPath("$.content[0].successorId").value(next))
                .andExpect(jsonPath("$.content[0].dueOn").value(TODAY.plusDays(10).toString()))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(list, "$.content[0].id")).longValue();
        mvc.perform(get("/api/v1/handovers/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/handovers").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));

        items(company, id, "[]").andExpect(status().isForbidden());
        items(clerkB, id, "[]").andExpect(status().isNotFound());
        items(community, id, "[{\"kind\":\"MONEY\",\"description\":\"公共收益结余\"}]").andExpect(status().isBadRequest());
        items(community, id, """
                [{"kind":"SEAL","description":"业委会印章","handed":true},
                 {"kind":"MONEY","description":"公共收益结余","amount":12345.67,"handed":false}]""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.money").value(12345.67));
        confirm(clerkA, id, "INCOMING").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        items(committeeAccount, id, """
                [{"kind":"SEAL","description":"业委会印章","handed":true},
                 {"kind":"MONEY","description":"公共收益结余","amount":12345.67,"handed":true}]""")
                .andExpect(status().isOk());
        confirm(committeeAccount, id, "OUTGOING").andExpect(status().isOk())
                .andExpect(jsonPath("$.outgoingConfirmedOn").value(TODAY.toString()));
        items(committeeAccount, id, "[]").andExpect(status().isUnprocessableContent());
        confirm(clerkA, id, "WITNESS").andExpect(status().isUnprocessableContent());
        confirm(clerkA, id, "INCOMING").andExpect(status().isOk());
        confirm(community, id, "WITNESS").andExpect(status().isForbidden());
        confirm(committeeAccount, id, "WITNESS").andExpect(status().isForbidden());
        confirm(clerkA, id, "WITNESS").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completedOn").value(TODAY.toString()));
        confirm(clerkA, id, "OUTGOING").andExpect(status().isUnprocessableContent());
        mvc.perform(get("/console/handovers/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("业委会印章")));
        mvc.perform(get("/api/v1/committees/" + old).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.timeline[*].action", hasItem("HANDOVER_CONFIRMED_WITNESS")));
    }

    @Test
    void anOverdueMemberHandoverIsOnTheTownshipsToDoAndTheTownshipOrdersIt() throws Exception {
        long c = committee(estateA, "FILED", TODAY.minusYears(1));
        long member = jdbc.sql("select max(id) from gov_member where committee_id = ?").param(c).query(Long.class).single();
        String body = "{\"committeeId\":%d,\"kind\":\"MEMBER\",\"memberId\":%d,\"occasionOn\":\"%s\"}"
                .formatted(c, member, TODAY.minusDays(5));
        mvc.perform(json(post("/api/v1/handovers"), committeeAccount, body)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/handovers"), clerkB, body)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/handovers"), clerkA, "{\"committeeId\":%d,\"kind\":\"MEMBER\",\"memberId\":%d,\"occasionOn\":\"%s\"}"
                .formatted(c, member, TODAY.plusDays(1)))).andExpect(status().isBadRequest());
        String created = mvc.perform(json(post("/api/v1/handovers"), clerkA, body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value(TODAY.minusDays(2).toString()))
                .andExpect(jsonPath("$.overdue").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(json(post("/api/v1/handovers"), clerkA, body)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/governance/todo").param("size", "100").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[?(@.link == '/console/handovers/" + id + "')].overdue").value(hasItem(true)));
        mvc.perform(get("/api/v1/governance/todo").param("size", "100").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[?(@.link == '/console/handovers/" + id + "')]").isEmpty());
        String order = "{\"reason\":\"拒不移交印章\",\"orderedOn\":\"" + TODAY + "\"}";
        mvc.perform(json(post("/api/v1/handovers/" + id + "/intervention"), community, order)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/handovers/" + id + "/intervention"), committeeAccount, order)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/handovers/" + id + "/intervention"), clerkB, order)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/handovers/" + id + "/intervention"), clerkA, order)).andExpect(status().isOk())
                .andExpect(jsonPath("$.intervenedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(json(post("/api/v1/handovers/" + id + "/intervention"), clerkA, order))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/console/handovers").param("overdue", "true").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-id=\"" + id + "\"")));
        mvc.perform(get("/console/handovers/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("拒不移交印章")));
    }

    @Test
    void removingAMemberOpensTheirThreeDayHandover() throws Exception {
        long c = committee(estateA, "FILED", TODAY.minusYears(1));
        long member = jdbc.sql("select max(id) from gov_member where committee_id = ?").param(c).query(Long.class).single();
        mvc.perform(json(post("/api/v1/committees/" + c + "/members/" + member + "/removal"), clerkA,
                "{\"reason\":\"长期不履职\",\"assemblyDecidedOn\":\"" + TODAY.minusDays(1) + "\"}")).andExpect(status().isOk());
        assertThat(jdbc.sql("select due_on from gov_handover where member_id = ? and kind = 'MEMBER'").param(member)
                .query(LocalDate.class).single()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void theDevelopersOwnerRollIsDueTwoMonthsAfterTheConditionAndMustIncludeTheAreaRecords() throws Exception {
        String body = "{\"estateId\":%d,\"developerName\":\"台前县安居置业有限公司\",\"triggeredOn\":\"%s\"}";
        mvc.perform(json(post("/api/v1/roll-handovers"), clerkA, body.formatted(estateB, TODAY.minusMonths(3))))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/roll-handovers"), company, body.formatted(estateA, TODAY.minusMonths(3))))
                .andExpect(status().isForbidden());
        String created = mvc.perform(json(post("/api/v1/roll-handovers"), clerkA, body.formatted(estateA, TODAY.minusMonths(3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value(TODAY.minusMonths(3).plusMonths(2).toString()))
                .andExpect(jsonPath("$.overdue").value(true)).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(json(post("/api/v1/roll-handovers"), clerkA, body.formatted(estateA, TODAY)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/roll-handovers/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/governance/todo").param("kind", "ROLL_HANDOVER_DUE").param("size", "100")
                        .with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[?(@.link == '/console/roll-handovers/" + id + "')].overdue").value(hasItem(true)));
        String delivery = "{\"deliveredOn\":\"%s\",\"ownerRoll\":true,\"areaRecords\":%s}";
        mvc.perform(json(post("/api/v1/roll-handovers/" + id + "/delivery"), clerkA, delivery.formatted(TODAY, false)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post("/api/v1/roll-handovers/" + id + "/delivery"), clerkA,
                delivery.formatted(TODAY.minusMonths(4), true))).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/roll-handovers/" + id + "/delivery"), clerkB, delivery.formatted(TODAY, true)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/roll-handovers/" + id + "/delivery"), clerkA, delivery.formatted(TODAY, true)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deliveredOn").value(TODAY.toString()));
        mvc.perform(json(post("/api/v1/roll-handovers/" + id + "/delivery"), clerkA, delivery.formatted(TODAY, true)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/roll-handovers").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/console/roll-handovers").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("台前县安居置业有限公司")));
        mvc.perform(get("/console/roll-handovers/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk());
    }

    long committee(long estate, String status, LocalDate formed) {
        return TwoTownships.committee(jdbc, estate, status, formed);
    }

    private ResultActions items(String who, long id, String body) throws Exception {
        return mvc.perform(json(put("/api/v1/handovers/" + id + "/items"), who, body));
    }

    private ResultActions confirm(String who, long id, String side) throws Exception {
        return mvc.perform(json(post("/api/v1/handovers/" + id + "/confirmations"), who,
                "{\"side\":\"%s\",\"name\":\"张伟\",\"confirmedOn\":\"%s\"}".formatted(side, TODAY)));
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String who, String body) {
        return request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
