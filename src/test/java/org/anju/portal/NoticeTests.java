package org.anju.portal;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The county's notices and policies (the access matrix rows of /api/v1/portal/notices and /api/v1/public/notices
 * name this class): the county authority drafts, publishes, withdraws and attaches; another county gets 404, any
 * other role 403; the public sees only what is published, searchable by words and category.
 */
class NoticeTests extends IntegrationTest {

    String county;
    String otherCounty;
    String township;
    String title;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("公告县"));
        long town = fixtures.region(region, "TOWNSHIP", "甲镇");
        long other = fixtures.region(null, "COUNTY", fixtures.unique("邻县"));
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        otherCounty = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(other, null, null, null, null));
        township = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        title = fixtures.unique("关于电梯安全检查的通知");
    }

    long draft(String category) throws Exception {
        String body = mvc.perform(post("/api/v1/portal/notices").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"" + category + "\",\"title\":\"" + title + "\","
                                + "\"body\":\"各物业服务企业: 请于月底前完成电梯维保检查。\",\"issuer\":\"县住建局\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aDraftIsHiddenUntilTheCountyPublishesItThenAnyoneFindsItByWordAndCategory() throws Exception {
        long id = draft("NOTICE");
        mvc.perform(get("/api/v1/public/notices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/notices/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/portal/notices/" + id + "/publish").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedOn").isNotEmpty());

        mvc.perform(get("/api/v1/public/notices/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.body", containsString("电梯维保")));
        mvc.perform(get("/api/v1/public/notices").param("q", title).param("category", "NOTICE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/public/notices").param("q", title).param("category", "POLICY"))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/public/notices").param("q", title)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/public/notices/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("电梯维保")));
    }

    @Test
    void aWithdrawnNoticeLeavesThePortalButStaysInTheConsole() throws Exception {
        long id = draft("POLICY");
        mvc.perform(post("/api/v1/portal/notices/" + id + "/withdraw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/publish").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/publish").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/withdraw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/public/notices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/notices").param("q", title)).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/portal/notices").param("q", title).with(fixtures.as(county)))
                .andExpect(jsonPath("$.content[0].status").value("WITHDRAWN"));
        mvc.perform(get("/console/portal/notices/" + id).with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void onlyTheCountyAuthorityWritesAndAnotherCountyDoesNotSeeItsNotices() throws Exception {
        long id = draft("NOTICE");
        String change = "{\"category\":\"NOTICE\",\"title\":\"改\",\"body\":\"改过的正文内容\",\"version\":0}";
        mvc.perform(post("/api/v1/portal/notices").with(fixtures.as(township)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/portal/notices").with(fixtures.as(township))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/portal/notices/" + id).with(fixtures.as(township))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/publish").with(fixtures.as(township)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/portal/notices").with(fixtures.as(otherCounty)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/portal/notices/" + id).with(fixtures.as(otherCounty))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/portal/notices/" + id).with(fixtures.as(otherCounty)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/publish").with(fixtures.as(otherCounty)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/withdraw").with(fixtures.as(otherCounty)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/portal/notices/" + id + "/attachments").file(pdf()).with(fixtures.as(otherCounty))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/console/portal/notices").with(fixtures.as(township))).andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/portal/notices/" + id).with(fixtures.as(county)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("改")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/portal/notices/" + id).with(fixtures.as(county)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/portal/notices").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"NOTICE\",\"title\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
        mvc.perform(get("/api/v1/public/notices").param("q", "改过的正文")).andExpect(status().isOk());
    }

    @Test
    void anAttachmentIsCheckedByItsContentAndDownloadsOnceTheNoticeIsPublished() throws Exception {
        long id = draft("POLICY");
        mvc.perform(multipart("/api/v1/portal/notices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "方案.pdf", "application/pdf",
                                "not a pdf at all".getBytes(StandardCharsets.UTF_8)))
                        .with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isBadRequest());
        String body = mvc.perform(multipart("/api/v1/portal/notices/" + id + "/attachments").file(pdf())
                        .with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        long attachment = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/portal/notices/" + id + "/attachments/" + attachment).with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/portal/notices/" + id + "/attachments/" + attachment).with(fixtures.as(otherCounty)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portal/notices/" + id + "/attachments/" + attachment).with(fixtures.as(township)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/public/notices/" + id + "/attachments/" + attachment)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/portal/notices/" + id + "/publish").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/public/notices/" + id + "/attachments/" + attachment)).andExpect(status().isOk())
                .andExpect(content().bytes(pdf().getBytes()));
        mvc.perform(get("/public/notices/" + id)).andExpect(content().string(containsString("方案.pdf")));
    }

    static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "方案.pdf", "application/octet-stream",
                "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.US_ASCII));
    }
}
