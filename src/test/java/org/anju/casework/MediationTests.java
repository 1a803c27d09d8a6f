package org.anju.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mediation records on a complaint and joint meetings linked to the complaints they discussed. */
class MediationTests extends CaseworkPlace {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void theCommunityRecordsAMediationOnTheCaseAndItsTimeline() throws Exception {
        long id = filed(owner, estateA, "SERVICE_QUALITY");
        mvc.perform(post("/console/complaints/" + id + "/mediations").param("heldOn", TODAY).param("outcome", "AGREED")
                        .param("mediator", "社区调解员 刘芳").param("parties", "业主王某; 甲物业").param("record", "物业同意三日内修复门禁")
                        .with(fixtures.as(communityClerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/complaints/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("物业同意三日内修复门禁")));
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(owner)))
                .andExpect(jsonPath("$.timeline[2].action").value("MEDIATION"));
        mvc.perform(post("/console/complaints/" + id + "/mediations").param("heldOn", TODAY).param("outcome", "AGREED")
                        .param("mediator", "x").with(fixtures.as(communityClerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/complaints/" + id + "/mediations").param("heldOn", TODAY).param("outcome", "AGREED")
                        .param("mediator", "物业经理").param("parties", "业主").param("record", "自行记录")
                        .with(fixtures.as(company)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/complaints/" + id + "/mediations").param("heldOn", TODAY).param("outcome", "AGREED")
                        .param("mediator", "乙镇").param("parties", "业主").param("record", "越权记录")
                        .with(fixtures.as(clerkB)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTownshipRecordsAJointMeetingOnItsCasesOnlyAndAnotherTownshipNeverSeesIt() throws Exception {
        long a = filed(owner, estateA, "ILLEGAL_BUILDING");
        long b = filed(ownerB, estateB, "ILLEGAL_BUILDING");
        mvc.perform(post("/console/complaints/meetings").param("regionId", String.valueOf(townA)).param("heldOn", TODAY)
                        .param("topic", "违建联合整治").param("attendees", "城管局, 甲镇, 甲社区").param("decisions", "限期拆除")
                        .param("caseIds", a + "," + b).with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/complaints/meetings").param("regionId", String.valueOf(townB)).param("heldOn", TODAY)
                        .param("topic", "违建联合整治").param("attendees", "城管局").param("decisions", "限期拆除")
                        .param("caseIds", String.valueOf(a)).with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/complaints/meetings").param("regionId", String.valueOf(townA)).param("heldOn", TODAY)
                        .param("topic", "违建联合整治").param("attendees", "城管局, 甲镇, 甲社区").param("decisions", "限期拆除")
                        .param("caseIds", String.valueOf(a)).with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long meeting = jdbc.sql("select meeting_id from cas_meeting_case where case_id = ?").param(a)
                .query(Long.class).single();
        mvc.perform(get("/console/complaints/meetings/" + meeting).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("限期拆除")));
        mvc.perform(get("/console/complaints/meetings/" + meeting).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/console/complaints/meetings").with(fixtures.as(clerkB))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("违建联合整治"))));
        mvc.perform(get("/console/complaints/" + a).with(fixtures.as(department))).andExpect(status().isOk())
                .andExpect(content().string(containsString("违建联合整治")));
        mvc.perform(post("/console/complaints/meetings").param("regionId", String.valueOf(townA)).param("heldOn", TODAY)
                        .param("topic", "社区会").param("attendees", "社区").param("decisions", "无")
                        .with(fixtures.as(communityClerk)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
