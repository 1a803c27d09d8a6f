package org.anju.stats;

import java.time.LocalDate;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 督查督办: the county assigns, the township reports back, the county returns then accepts; overdue escalates. */
class SupervisionTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    SupervisionSweep sweep;

    @Autowired
    org.anju.calendar.WorkingCalendar calendar;

    long county;
    long townA;
    long townB;
    String countyUser;
    String townAUser;
    String townBUser;
    String communityUser;

    @BeforeEach
    void county() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long community = fixtures.region(townA, "COMMUNITY", "甲社区");
        countyUser = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        townAUser = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        townBUser = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        communityUser = fixtures.account(Role.COMMUNITY, new Binding(community, null, null, null, null));
    }

    @Test
    void theTownshipReportsBackAndTheCountyReturnsThenAccepts() throws Exception {
        long id = assign("""
                {"townshipId": %d, "title": "老旧小区飞线整治", "body": "排查电动车飞线充电并整改",
                 "workingDays": 5, "idempotencyKey": "%s"}""".formatted(townA, fixtures.unique("k")));
        mvc.perform(get("/api/v1/stats/supervision/tasks/{id}", id).with(fixtures.as(countyUser)))
                .andExpect(jsonPath("$.task.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.task.dueOn").value(calendar.deadline(calendar.today(), 5).toString()));
        mvc.perform(get("/api/v1/stats/supervision/tasks/{id}", id).with(fixtures.as(townBUser)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/supervision/tasks").with(fixtures.as(townBUser)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/stats/supervision/tasks").with(fixtures.as(communityUser)))
                .andExpect(status().isForbidden());
        mvc.perform(report(id, townBUser, "不是我的")).andExpect(status().isNotFound());
        mvc.perform(report(id, countyUser, "县里代报")).andExpect(status().isForbidden());
        mvc.perform(report(id, townAUser, "已排查 12 处, 整改 10 处")).andExpect(status().isOk())
                .andExpect(jsonPath("$.task.status").value("REPORTED"))
                .andExpect(jsonPath("$.task.reportName").value("整改台账.xlsx"));
        mvc.perform(post("/api/v1/stats/supervision/tasks/{id}/return", id).with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/stats/supervision/tasks/{id}/return", id).with(fixtures.as(townAUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"自己退回\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/stats/supervision/tasks/{id}/return", id).with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"还有 2 处未整改\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.task.status").value("RETURNED"));
        mvc.perform(report(id, townAUser, "全部整改完毕")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/stats/supervision/tasks/{id}/attachment", id).with(fixtures.as(townAUser)))
                .andExpect(status().isOk()).andExpect(content().bytes("台账".getBytes()));
        mvc.perform(post("/api/v1/stats/supervision/tasks/{id}/accept", id).with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.task.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.events.length()").value(5));
        mvc.perform(post("/api/v1/stats/supervision/tasks/{id}/accept", id).with(fixtures.as(countyUser)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aRepeatedAssignmentWithTheSameKeyMakesOneTaskAndAnotherCountysTownshipIs404() throws Exception {
        String key = fixtures.unique("k");
        String body = """
                {"townshipId": %d, "title": "t", "body": "b", "dueOn": "%s", "idempotencyKey": "%s"}"""
                .formatted(townB, LocalDate.now().plusDays(30), key);
        assertThat(assign(body)).isEqualTo(assign(body));
        long other = fixtures.region(fixtures.region(null, "COUNTY", fixtures.unique("外县")), "TOWNSHIP", "外镇");
        mvc.perform(post("/api/v1/stats/supervision/tasks").with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"townshipId": %d, "title": "t", "body": "b", "workingDays": 3}""".formatted(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/stats/supervision/tasks").with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"townshipId": %d, "title": "t", "body": "b"}""".formatted(townA)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        mvc.perform(post("/api/v1/stats/supervision/tasks").with(fixtures.as(townAUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOverdueTaskEscalatesOnceAndShowsRedOnBothHomes() throws Exception {
        long id = assign("""
                {"townshipId": %d, "title": "物业服务覆盖攻坚", "body": "月底前完成", "workingDays": 1}""".formatted(townA));
        jdbc.sql("update sts_task set assigned_on = current_date - 10, due_on = current_date - 3 where id = ?")
                .param(id).update();
        assertThat(sweep.sweep(LocalDate.now().plusDays(1))).isGreaterThanOrEqualTo(1);
        assertThat(sweep.sweep(LocalDate.now().plusDays(1))).isZero();
        mvc.perform(get("/api/v1/stats/supervision/tasks/{id}", id).with(fixtures.as(townAUser)))
                .andExpect(jsonPath("$.task.overdue").value(true))
                .andExpect(jsonPath("$.task.escalatedAt").exists())
                .andExpect(jsonPath("$.events[1].kind").value("ESCALATED"));
        mvc.perform(get("/api/v1/stats/supervision/tasks").param("overdue", "true").with(fixtures.as(countyUser)))
                .andExpect(jsonPath("$.totalElements").value(1));
        for (String user : new String[] {countyUser, townAUser}) {
            mvc.perform(get("/console/stats/supervision/home").with(fixtures.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("物业服务覆盖攻坚")))
                    .andExpect(content().string(containsString("link-danger")));
        }
        mvc.perform(get("/console/stats/supervision/home").with(fixtures.as(townBUser)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("物业服务覆盖攻坚"))));
        mvc.perform(get("/console").with(fixtures.as(countyUser)))
                .andExpect(content().string(containsString("/console/stats/supervision/home")));
    }

    private long assign(String body) throws Exception {
        String r = mvc.perform(post("/api/v1/stats/supervision/tasks").with(fixtures.as(countyUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(r).get("task").get("id").asLong();
    }

    private org.springframework.test.web.servlet.RequestBuilder report(long id, String user, String text) {
        return multipart("/api/v1/stats/supervision/tasks/{id}/report", id)
                .file(new MockMultipartFile("file", "整改台账.xlsx", "application/octet-stream", "台账".getBytes()))
                .param("reportText", text).with(fixtures.as(user)).with(csrf());
    }
}
