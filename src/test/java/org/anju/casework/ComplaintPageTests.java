package org.anju.casework;

import java.nio.charset.StandardCharsets;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console pages: the owner's phone form with photos, the detail and its actions, the duty list, the figures. */
class ComplaintPageTests extends CaseworkPlace {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @Test
    void anOwnerReportsWithAPhotoOnThePhonePageAndTheCompanySeesItWithoutTheReporter() throws Exception {
        mvc.perform(get("/console/complaints/new").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲小区")))
                .andExpect(content().string(containsString("capture=\"environment\"")));
        mvc.perform(multipart("/console/complaints").file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", JPEG))
                        .param("estateId", String.valueOf(estateA)).param("category", "SERVICE_QUALITY")
                        .param("text", "电梯间灯坏了一周没人修").param("location", "2号楼")
                        .with(fixtures.as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/console/complaints/*"));
        long id = jdbc.sql("select max(id) from cas_case where estate_id = ?").param(estateA).query(Long.class).single();
        long photo = jdbc.sql("select id from cas_photo where case_id = ?").param(id).query(Long.class).single();
        mvc.perform(get("/console/complaints/" + id).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action-ACCEPT")))
                .andExpect(content().string(not(containsString("甲业主"))));
        mvc.perform(get("/console/complaints/" + id + "/photos/" + photo).with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"));
        mvc.perform(get("/console/complaints/" + id + "/photos/" + photo).with(fixtures.as(otherCompany)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/complaints/" + id + "/actions").param("action", "ACCEPT").param("version", "0")
                .with(fixtures.as(company)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/complaints/" + id + "/actions").param("action", "PROGRESS").param("version", "0")
                .param("note", "已派电工").with(fixtures.as(company)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("form-errors")));
        mvc.perform(get("/console/complaints").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲小区")));
    }

    @Test
    void aFileThatIsNoImageIsRefusedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from cas_case").query(Long.class).single();
        long photos = jdbc.sql("select count(*) from cas_photo").query(Long.class).single();
        mvc.perform(multipart("/console/complaints")
                        .file(new MockMultipartFile("photos", "ok.jpg", "image/jpeg", JPEG))
                        .file(new MockMultipartFile("photos", "evil.jpg", "image/jpeg",
                                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)))
                        .param("estateId", String.valueOf(estateA)).param("category", "SERVICE_QUALITY")
                        .param("text", "电梯间灯坏了一周没人修").with(fixtures.as(owner)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("photos[1]")));
        assertThat(jdbc.sql("select count(*) from cas_case").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from cas_photo").query(Long.class).single()).isEqualTo(photos);
    }

    @Test
    void aClerkEntersAWalkInReportThroughTheFormAndTheListFiltersIt() throws Exception {
        mvc.perform(get("/console/complaints/new").with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(post("/console/complaints").param("estateId", String.valueOf(estateA)).param("category", "NOISE")
                        .param("channel", "WALK_IN").param("text", "楼上每晚装修噪声扰民").param("reporterName", "李女士")
                        .with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/complaints").param("category", "NOISE").param("status", "DISPATCHED")
                        .with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲社区")));
        mvc.perform(get("/console/complaints/new").with(fixtures.as(department))).andExpect(status().isForbidden());
    }

    @Test
    void theCountyEditsTheDutyListAndOthersOnlyReadIt() throws Exception {
        mvc.perform(get("/console/complaints/duty").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("duty-rule-form"))));
        mvc.perform(get("/console/complaints/duty").with(fixtures.as(countyClerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("duty-rule-form")))
                .andExpect(content().string(containsString("默认值")));
        mvc.perform(post("/console/complaints/duty/rules").param("category", "FIRE_LANE")
                        .param("regionId", String.valueOf(townA)).param("bodyKind", "DEPARTMENT")
                        .param("departmentId", String.valueOf(departmentId)).with(fixtures.as(countyClerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        file(owner, estateA, "FIRE_LANE", null).andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.bodyName")
                        .value("城管局"));
        mvc.perform(post("/console/complaints/duty/rules").param("category", "FIRE_LANE")
                        .param("regionId", String.valueOf(townA)).param("bodyKind", "COMMUNITY")
                        .with(fixtures.as(countyClerk)).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/complaints/duty/rules").param("category", "FIRE_LANE").param("bodyKind", "COMMUNITY")
                .with(fixtures.as(clerkA)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/complaints/duty/deadlines").param("urgency", "URGENT").param("amount", "0")
                .param("unit", "HOURS").with(fixtures.as(countyClerk)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theFiguresPageDrawsTheChartAndExportsExcel() throws Exception {
        filed(owner, estateA, "SERVICE_QUALITY");
        mvc.perform(get("/console/complaints/stats").param("groupBy", "BODY").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("casework-chart")));
        mvc.perform(get("/console/complaints/stats.xlsx").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/console/complaints/stats").with(fixtures.as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/console/complaints/stats").with(fixtures.as(department))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"townshipId\""))));
        mvc.perform(get("/console/complaints/meetings").with(fixtures.as(department))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("meeting-form"))));
    }
}
