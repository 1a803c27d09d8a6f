package org.anju.voting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organiser's and the owner's pages walk a vote from the form to the published result. */
class VotePagesTests extends IntegrationTest {

    long estate;
    long ownerA;
    long ownerB;
    String committee;
    String yezhuA;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("页面县"));
        long town = fixtures.region(county, "TOWNSHIP", "镇");
        long community = fixtures.region(town, "COMMUNITY", "社区");
        estate = fixtures.estate(community, fixtures.unique("页面小区"));
        long building = fixtures.building(estate, "1号楼");
        ownerA = fixtures.owner("张页面", fixtures.unique("4109271970"), "13800000011",
                fixtures.house(building, "1", "101", "88.50"));
        ownerB = fixtures.owner("李页面", fixtures.unique("4109271971"), "13800000012",
                fixtures.house(building, "1", "102", "77.25"));
        committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
        yezhuA = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerA));
    }

    @Test
    void theOrganiserStartsAVoteRecordsAPaperBallotWithItsScanClosesAndPublishesWhileTheOwnerVotesOnThePhonePage()
            throws Exception {
        mvc.perform(get("/console/votes/new").with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("vote-form")));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/console/votes").with(fixtures.as(committee)).with(csrf()).param("estateId", "" + estate)
                        .param("title", "").param("mode", "MEETING"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("form-errors")));
        String location = mvc.perform(post("/console/votes").with(fixtures.as(committee)).with(csrf())
                        .param("estateId", "" + estate).param("title", "续聘物业服务企业").param("mode", "MEETING")
                        .param("opensAt", now.minusMinutes(1).toString()).param("closesAt", now.plusDays(7).toString())
                        .param("noticePostedOn", now.toLocalDate().minusDays(15).toString())
                        .param("motionTitle0", "续聘现物业公司").param("motionMatter0", "HIRE_COMPANY"))
                .andExpect(redirectedUrlPattern("/console/votes/*")).andReturn().getResponse().getRedirectedUrl();
        long vote = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long motion = jdbc.sql("select id from vot_motion where vote_id = ?").param(vote).query(Long.class).single();
        long voterB = jdbc.sql("select voter_id from vot_roll_owner where vote_id = ? and owner_id = ?")
                .params(vote, ownerB).query(Long.class).single();

        mvc.perform(get(location).with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("vote-turnout")))
                .andExpect(content().string(containsString("李页面")));
        mvc.perform(get(location + "/turnout").with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("result-table")));

        // the owner, on the phone page
        mvc.perform(get("/console/me/votes").with(fixtures.as(yezhuA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("续聘物业服务企业")));
        mvc.perform(post("/console/me/votes/" + vote).with(fixtures.as(yezhuA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/me/votes/" + vote).with(fixtures.as(yezhuA)).with(csrf())
                .param("choice" + motion, "AGREE")).andExpect(redirectedUrlPattern("/console/me/votes/*"));
        mvc.perform(get("/console/me/votes/" + vote).with(fixtures.as(yezhuA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("my-receipts")))
                .andExpect(content().string(containsString(vote + "." + motion + ".o" + ownerA + ".AGREE.")));

        String receipt = jdbc.sql("select receipt from vot_ballot where vote_id = ? and cast_by_owner_id = ?")
                .params(vote, ownerA).query(String.class).single();
        mvc.perform(post("/console/me/votes/" + vote + "/check").with(fixtures.as(yezhuA)).with(csrf())
                        .param("receipt", receipt)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已按所投计入")));
        mvc.perform(post("/console/me/votes/" + vote + "/check").with(fixtures.as(yezhuA)).with(csrf())
                        .param("receipt", receipt.replace("AGREE", "AGAINST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("回执无效")));

        // the organiser records B's paper ballot and its scan
        mvc.perform(post(location + "/paper/" + voterB).with(fixtures.as(committee)).with(csrf())
                .param("choice" + motion, "AGAINST")).andExpect(redirectedUrlPattern("/console/votes/*/paper/*"));
        mvc.perform(multipart(location + "/paper/" + voterB + "/scan").file(new MockMultipartFile("file", "b.pdf",
                        "application/pdf", "%PDF-1.4".getBytes())).with(fixtures.as(committee)).with(csrf()))
                .andExpect(redirectedUrlPattern("/console/votes/*/paper/*"));
        assertThat(jdbc.sql("select count(*) from vot_scan where vote_id = ?").param(vote).query(Long.class).single())
                .isEqualTo(1);

        mvc.perform(post(location + "/close").with(fixtures.as(committee)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(location + "/close").with(fixtures.as(committee)).with(csrf()).param("reason", "全部业主已表决"))
                .andExpect(redirectedUrlPattern("/console/votes/*"));
        mvc.perform(get("/console/me/votes/" + vote).with(fixtures.as(yezhuA)))
                .andExpect(content().string(not(containsString("my-result"))));
        mvc.perform(post(location + "/publish").with(fixtures.as(committee)).with(csrf()))
                .andExpect(redirectedUrlPattern("/console/votes/*"));
        mvc.perform(get("/console/me/votes/" + vote).with(fixtures.as(yezhuA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("my-result")))
                .andExpect(content().string(not(containsString("ballot-form"))));
        mvc.perform(get("/console/votes").with(fixtures.as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("续聘物业服务企业")));
    }
}
