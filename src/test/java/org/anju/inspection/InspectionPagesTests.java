package org.anju.inspection;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages of credit, inspections and hazards render for the demo's roles, and an inspector records a
 * finding with a photo from the phone form (demo data: a finished plan, an open plan, hazards, a red and a black
 * company, an objection).
 */
class InspectionPagesTests extends IntegrationTest {

    @Autowired
    Inspections inspections;

    @Test
    void theDemoShowsCreditListsObjectionsPlansAndHazards() throws Exception {
        mvc.perform(get("/console/credit").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("grades")));
        String roll = mvc.perform(get("/api/v1/public/honor-roll")).andReturn().getResponse().getContentAsString();
        // the demo puts a company on the red list; other tests in the same database may deduct from it since, so
        // the roll is held to the grades as they stand now
        assertThat(jdbc.sql("select count(*) from crd_grade_history where list = 'RED'").query(Long.class).single())
                .isPositive();
        assertThat((List<Integer>) JsonPath.read(roll, "$.red[*].companyId")).containsExactlyInAnyOrderElementsOf(
                jdbc.sql("select company_id::int from crd_grade where list = 'RED'").query(Integer.class).list());
        assertThat((List<?>) JsonPath.read(roll, "$.black")).isNotEmpty();
        long company = ((Number) JsonPath.read(roll, "$.black[0].standing.companyId")).longValue();
        mvc.perform(get("/console/credit/companies/" + company).with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("arithmetic")))
                .andExpect(content().string(containsString("repair")));
        mvc.perform(get("/console/credit").with(fixtures.as("wuye"))).andExpect(status().is3xxRedirection());
        // wuye's company: its managers with their scores, and the county's contract breach
        String wuyePage = mvc.perform(get("/console/credit").with(fixtures.as("wuye"))).andReturn().getResponse()
                .getRedirectedUrl();
        mvc.perform(get(wuyePage).with(fixtures.as("wuye"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"manager-")))
                .andExpect(content().string(containsString("违反物业服务合同约定")));
        mvc.perform(get("/console/inspections/directories").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已废止")))
                .andExpect(content().string(containsString("已停用")))
                .andExpect(content().string(containsString("小区公共收益收支情况按季度公示")));
        mvc.perform(get("/console/credit/objections").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政复议")));
        mvc.perform(get("/console/credit/objections").with(fixtures.as("wuye"))).andExpect(status().isOk());
        mvc.perform(get("/console/inspections").with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("plan-form")))
                .andExpect(content().string(containsString("2027年第一季度")));
        mvc.perform(get("/console/inspections").with(fixtures.as("bumen"))).andExpect(status().isOk());
        mvc.perform(get("/console/hazards").with(fixtures.as("chengguan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hazard-form")))
                .andExpect(content().string(containsString("text-bg-danger")));
        mvc.perform(get("/console/hazards").param("overdue", "true").with(fixtures.as("wuye"))).andExpect(status().isOk());
        mvc.perform(get("/public/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026年第四季度")));
    }

    @Test
    void anInspectorRecordsAFindingWithAPhotoOnThePhoneForm() throws Exception {
        var plans = mvc.perform(get("/api/v1/inspections/plans").with(fixtures.as("county")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> committed = JsonPath.read(plans, "$.content[?(@.status == 'COMMITTED')].id");
        long plan = committed.get(0);
        mvc.perform(get("/console/inspections/plans/" + plan).with(fixtures.as("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"draw\"")));
        mvc.perform(post("/console/inspections/plans/" + plan + "/draw").with(fixtures.as("county")).with(csrf()))
                .andExpect(redirectedUrl("/console/inspections/plans/" + plan));
        String mine = mvc.perform(get("/api/v1/inspections").param("planId", String.valueOf(plan))
                .with(fixtures.as("bumen"))).andReturn().getResponse().getContentAsString();
        long inspection = ((Number) JsonPath.read(mine, "$.content[0].id")).longValue();
        mvc.perform(get("/console/inspections/" + inspection).with(fixtures.as("bumen"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("finding-form")))
                .andExpect(content().string(containsString("capture=\"environment\"")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        mvc.perform(multipart("/console/inspections/" + inspection + "/findings")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", png))
                        .param("item", "无电动车飞线充电和楼道停放充电").param("passed", "false").param("severity", "MINOR")
                        .param("hazardKind", "EBIKE_WIRING").param("description", "楼道内电动车充电")
                        .param("rectifyBy", inspections.today().plusDays(7).toString())
                        .param("latitude", "35.99612").param("longitude", "115.87345")
                        .with(fixtures.as("bumen")).with(csrf()))
                .andExpect(redirectedUrl("/console/inspections/" + inspection));
        mvc.perform(multipart("/console/inspections/" + inspection + "/findings").param("item", "x").param("passed", "false")
                .with(fixtures.as("bumen")).with(csrf())).andExpect(status().isUnprocessableEntity());
        Long photo = jdbc.sql("""
                        select p.id from ins_photo p join ins_finding f on f.id = p.finding_id
                        where f.inspection_id = ?""").param(inspection).query(Long.class).single();
        mvc.perform(get("/console/inspections/" + inspection + "/photos/" + photo).with(fixtures.as("bumen")))
                .andExpect(status().isOk()).andExpect(content().bytes(png));
        mvc.perform(get("/console/inspections/" + inspection).with(fixtures.as("bumen")))
                .andExpect(content().string(containsString("35.996120")));
    }
}
