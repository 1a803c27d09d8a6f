package org.anju.workforce;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.measure.RegionMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Trainings and competitions through the API: who records them and who sees them, company staff from the market
 * register, committee members into the governance training record (one place), materials, certificates and the
 * measures (the access matrix rows of /api/v1/workforce/trainings and /certificates name this class).
 */
class TrainingTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    List<RegionMeasure> measures;

    String townPath;
    long companyA;
    long staffA;
    long staffB;
    long committee;
    String county;
    String clerk;
    String clerkB;
    String community;
    String company;
    String companyB;
    String owner;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("培训县"));
        long town = fixtures.region(region, "TOWNSHIP", "甲镇");
        townPath = jdbc.sql("select path from reg_region where id = ?").param(town).query(String.class).single();
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(town, "COMMUNITY", "甲社区");
        long estate = fixtures.estate(communityA, "甲小区");
        long estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        companyA = fixtures.company(fixtures.unique("安泰物业"), fixtures.unique("91410927MA"), estate);
        long idB = fixtures.company(fixtures.unique("宜居物业"), fixtures.unique("91410927MB"), estateB);
        staffA = jdbc.sql("insert into mkt_staff (company_id, name, position) values (?, '赵磊', '项目经理') returning id")
                .param(companyA).query(Long.class).single();
        staffB = jdbc.sql("insert into mkt_staff (company_id, name, position) values (?, '钱峰', '保安') returning id")
                .param(idB).query(Long.class).single();
        committee = jdbc.sql("""
                        insert into gov_committee (estate_id, kind, status, formed_on, term_end, filed_on)
                        values (?, 'OWNERS', 'FILED', ?, ?, ?) returning id""")
                .params(estate, TODAY.minusYears(1), TODAY.plusYears(2), TODAY.minusYears(1).plusDays(10))
                .query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                            insert into gov_member (committee_id, name, role, from_residents_committee, owner_representative,
                                                    from_date, status) values (?, ?, ?, false, true, ?, 'ACTIVE')""")
                    .params(committee, "委员" + i, i == 0 ? "CHAIR" : "MEMBER", TODAY.minusYears(1)).update();
        }
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        companyB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, idB, null, null));
        long house = fixtures.house(fixtures.building(estate, "1号楼"), "1", "101", "90.00");
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("培训业主", fixtures.unique("4109271990"), "13800000021", house)));
    }

    ResultActions send(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long event(String who, String kind, String audience, String title) throws Exception {
        String json = send(post("/api/v1/workforce/trainings"), who, """
                {"kind":"%s","audience":"%s","title":"%s","heldOn":"%s","hours":3.0,"organiser":"甲镇物业办"}"""
                .formatted(kind, audience, title, TODAY.minusDays(3))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void theTownshipRecordsACourseItsStaffAttendanceAndMaterialsAndTheCompanySeesIt() throws Exception {
        send(post("/api/v1/workforce/trainings"), company, "{\"kind\":\"COURSE\"}").andExpect(status().isForbidden());
        send(post("/api/v1/workforce/trainings"), clerk, """
                {"kind":"COURSE","audience":"OFFICIALS","title":"明日培训","heldOn":"%s","hours":2,"organiser":"甲镇"}"""
                .formatted(TODAY.plusDays(1))).andExpect(status().isBadRequest());
        long course = event(clerk, "COURSE", "COMPANY_STAFF", "秩序维护与消防培训");
        String attend = "{\"staffId\":%d,\"companyId\":%d,\"result\":\"合格\"}".formatted(staffA, companyA);
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), clerkB, attend).andExpect(status().isNotFound());
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), community, attend)
                .andExpect(status().isForbidden());
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), clerk, attend).andExpect(status().isCreated())
                .andExpect(jsonPath("$.attendance[0].name").value("赵磊"));
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), clerk, attend)
                .andExpect(status().isUnprocessableContent());
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), clerk,
                "{\"staffId\":%d,\"companyId\":%d}".formatted(staffB, companyA)).andExpect(status().isNotFound());
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), clerk, "{\"name\":\"王敏\",\"unit\":\"甲镇\"}")
                .andExpect(status().isBadRequest());
        byte[] outline = "培训提纲".getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/api/v1/workforce/trainings/" + course + "/materials")
                        .file(new MockMultipartFile("file", "提纲.txt", "text/plain", outline))
                        .with(fixtures.as(clerk)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(content().bytes(outline));
        mvc.perform(get("/api/v1/workforce/trainings/" + course).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(jsonPath("$.materials[0].fileName").value("提纲.txt"));
        mvc.perform(get("/api/v1/workforce/trainings/" + course).with(fixtures.as(companyB))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workforce/trainings").with(fixtures.as(community)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) course)));
        mvc.perform(get("/api/v1/workforce/trainings").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) course))));
        mvc.perform(get("/console/workforce/trainings/" + course).with(fixtures.as(clerk))).andExpect(status().isOk());
    }

    @Test
    void committeeMembersAttendanceIsKeptInTheCommitteesOwnTrainingRecord() throws Exception {
        long course = event(county, "COURSE", "COMMITTEE", "业委会成员履职培训");
        send(post("/api/v1/workforce/trainings/" + course + "/attendance"), county, "{\"name\":\"王敏\",\"unit\":\"甲镇\"}")
                .andExpect(status().isUnprocessableContent());
        send(post("/api/v1/workforce/trainings/" + course + "/committees"), clerk, "{\"committeeId\":" + committee + "}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/workforce/trainings/" + course + "/committees"), county, "{\"committeeId\":" + committee + "}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.committees[0].members.length()").value(3));
        send(post("/api/v1/workforce/trainings/" + course + "/committees"), county, "{\"committeeId\":" + committee + "}")
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from gov_training where committee_id = ? and topic = '业委会成员履职培训'")
                .param(committee).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/committees/" + committee + "/trainings").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.content[0].topic").value("业委会成员履职培训"));
        mvc.perform(get("/api/v1/workforce/trainings/" + course).with(fixtures.as(clerk))).andExpect(status().isOk())
                .andExpect(jsonPath("$.committees[0].estateName").value("甲小区"));
        // a township above which the county held the course sees it, but not another township's committee
        mvc.perform(get("/api/v1/workforce/trainings/" + course).with(fixtures.as(clerkB))).andExpect(status().isOk())
                .andExpect(jsonPath("$.committees.length()").value(0));
    }

    @Test
    void competitionsAndCoursesHeldAreCountedAndCertificatesComeFromTheMarketRegister() throws Exception {
        event(clerk, "COURSE", "OFFICIALS", "乡镇工作人员业务培训");
        event(clerk, "COMPETITION", "COMPANY_STAFF", "技能竞赛");
        event(community, "COURSE", "COMPANY_STAFF", "社区培训");
        assertThat(measure("workforce.training-held").value(townPath, TODAY.minusDays(30), TODAY))
                .contains(BigDecimal.valueOf(2));
        assertThat(measure("workforce.competitions-held").value(townPath, TODAY.minusDays(30), TODAY))
                .contains(BigDecimal.ONE);
        assertThat(measure("workforce.training-held").value(townPath, TODAY.minusDays(1), TODAY))
                .contains(BigDecimal.ZERO);
        jdbc.sql("update mkt_staff set skill_level = 2, certificate_no = 'ZS-1', certified_on = current_date where id = ?")
                .param(staffA).update();
        mvc.perform(get("/api/v1/workforce/certificates").with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].certified").value(1)).andExpect(jsonPath("$.content[0].byLevel['2']").value(1));
        mvc.perform(get("/api/v1/workforce/certificates").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].companyId", not(hasItem((int) companyA))));
    }

    private RegionMeasure measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
