package org.anju.workforce;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 最美物业人 through the API: nominations by company, community and township, one vote per owner and selection,
 * publication and the public page without login (the access matrix rows of /api/v1/workforce/selections and
 * /api/v1/public/staff-selections name this class).
 */
class SelectionTests extends IntegrationTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    long companyA;
    long companyB;
    long staffA;
    long staffA2;
    long staffB;
    String clerk;
    String clerkB;
    String community;
    String company;
    String owner;
    String owner2;
    String ownerB;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("评选县"));
        long town = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(town, "COMMUNITY", "甲社区");
        long estate = fixtures.estate(communityA, "甲小区");
        long estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        companyA = fixtures.company(fixtures.unique("安泰物业"), fixtures.unique("91410927MA"), estate);
        companyB = fixtures.company(fixtures.unique("宜居物业"), fixtures.unique("91410927MB"), estateB);
        staffA = staff(companyA, "李秀英", "秩序维护员");
        staffA2 = staff(companyA, "周建国", "维修工");
        staffB = staff(companyB, "吴丽", "客服主管");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        long building = fixtures.building(estate, "1号楼");
        owner = ownerAccount(fixtures.house(building, "1", "101", "90.00"), "13800000011");
        owner2 = ownerAccount(fixtures.house(building, "1", "102", "90.00"), "13800000012");
        ownerB = ownerAccount(fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00"), "13800000013");
    }

    private long staff(long companyId, String name, String position) {
        return jdbc.sql("""
                        insert into mkt_staff (company_id, name, position, skill_level, certificate_no, certified_on)
                        values (?, ?, ?, 3, ?, current_date - 100) returning id""")
                .params(companyId, name, position, fixtures.unique("ZS")).query(Long.class).single();
    }

    private String ownerAccount(long house, String phone) {
        long id = fixtures.owner("业主" + phone.substring(9), fixtures.unique("4109271990"), phone, house);
        return fixtures.account(Role.OWNER, new Binding(null, null, null, null, id));
    }

    ResultActions send(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions nominate(String who, long selection, long staff, long companyId) throws Exception {
        return send(post("/api/v1/workforce/selections/" + selection + "/nominations"), who, """
                {"staffId":%d,"companyId":%d,"deeds":"坚守岗位八年, 汛期连续值守, 帮助独居老人。"}""".formatted(staff, companyId));
    }

    ResultActions vote(String who, long selection, long nomination) throws Exception {
        return send(post("/api/v1/workforce/selections/" + selection + "/votes"), who,
                "{\"nominationId\":" + nomination + "}");
    }

    @Test
    void anOwnerVotesOncePerSelectionAndTheResultIsPublishedWithoutPersonalData() throws Exception {
        send(post("/api/v1/workforce/selections"), community, "{\"year\":%d,\"title\":\"最美物业人\",\"winners\":1}"
                .formatted(YEAR)).andExpect(status().isForbidden());
        long selection = id(send(post("/api/v1/workforce/selections"), clerk,
                "{\"year\":%d,\"title\":\"甲镇最美物业人\",\"winners\":1}".formatted(YEAR)).andExpect(status().isCreated()));
        // a company nominates its own staff only; the community and the township any company's staff they see
        nominate(company, selection, staffB, companyB).andExpect(status().isNotFound());
        long a = id(nominate(company, selection, staffA, companyA).andExpect(status().isCreated()));
        nominate(community, selection, staffA, companyA).andExpect(status().isUnprocessableContent());
        long a2 = id(nominate(community, selection, staffA2, companyA).andExpect(status().isCreated()));
        nominate(clerkB, selection, staffB, companyB).andExpect(status().isNotFound());
        nominate(owner, selection, staffA2, companyA).andExpect(status().isForbidden());
        vote(owner, selection, a).andExpect(status().isUnprocessableContent());
        send(post("/api/v1/workforce/selections/" + selection + "/voting"), community, "{}").andExpect(status().isForbidden());
        send(post("/api/v1/workforce/selections/" + selection + "/voting"), clerkB, "{}").andExpect(status().isNotFound());
        send(post("/api/v1/workforce/selections/" + selection + "/voting"), clerk, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VOTING"));
        nominate(company, selection, staffA2, companyA).andExpect(status().isUnprocessableContent());

        vote(clerk, selection, a).andExpect(status().isForbidden());
        vote(ownerB, selection, a).andExpect(status().isNotFound());
        vote(owner, selection, a).andExpect(status().isCreated()).andExpect(jsonPath("$.myVote").value(a));
        vote(owner, selection, a2).andExpect(status().isUnprocessableContent());
        vote(owner, selection, a).andExpect(status().isUnprocessableContent());
        vote(owner2, selection, a).andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from wfc_vote where selection_id = ?").param(selection).query(Long.class)
                .single()).isEqualTo(2);
        mvc.perform(get("/api/v1/workforce/selections/" + selection).with(fixtures.as(owner)))
                .andExpect(jsonPath("$.myVote").value(a)).andExpect(jsonPath("$.nominations[0].votes").value(2));
        mvc.perform(get("/console/workforce/selections/" + selection).with(fixtures.as(owner2))).andExpect(status().isOk())
                .andExpect(content().string(containsString("my-vote")))
                .andExpect(content().string(not(containsString("vote-button"))));

        mvc.perform(get("/api/v1/public/staff-selections/" + selection)).andExpect(status().isNotFound());
        send(post("/api/v1/workforce/selections/" + selection + "/publication"), clerk, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.selection.status").value("PUBLISHED"));
        vote(ownerB, selection, a2).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/staff-selections/" + selection)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nominations.length()").value(1))
                .andExpect(jsonPath("$.nominations[0].staffName").value("李秀英"));
        String page = mvc.perform(get("/public/staff-selections")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("甲镇最美物业人", "李秀英", "秩序维护员").doesNotContain("周建国")
                .doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[0-9Xx]");
        mvc.perform(get("/api/v1/public/staff-selections")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) selection)));
    }

    @Test
    void aSelectionIsSeenInItsRegionAndBelowAndPublishingNeedsVotes() throws Exception {
        long selection = id(send(post("/api/v1/workforce/selections"), clerk,
                "{\"year\":%d,\"title\":\"甲镇季度评选\",\"winners\":2}".formatted(YEAR)).andExpect(status().isCreated()));
        send(post("/api/v1/workforce/selections"), clerk, "{\"year\":%d,\"title\":\"甲镇季度评选\",\"winners\":2}"
                .formatted(YEAR)).andExpect(status().isUnprocessableContent());
        send(post("/api/v1/workforce/selections"), clerk, "{\"year\":%d,\"title\":\"过期评选\",\"winners\":2}"
                .formatted(YEAR - 5)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/workforce/selections/" + selection).with(fixtures.as(community))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/workforce/selections/" + selection).with(fixtures.as(company))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/workforce/selections/" + selection).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workforce/selections").with(fixtures.as(ownerB)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) selection))));
        send(post("/api/v1/workforce/selections/" + selection + "/voting"), clerk, "{}")
                .andExpect(status().isUnprocessableContent());
        nominate(clerk, selection, staffA, companyA).andExpect(status().isCreated());
        send(post("/api/v1/workforce/selections/" + selection + "/voting"), clerk, "{}").andExpect(status().isOk());
        send(post("/api/v1/workforce/selections/" + selection + "/publication"), clerk, "{}")
                .andExpect(status().isUnprocessableContent());
    }
}
