package org.anju.platform;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PlatformTests extends IntegrationTest {

    @Test
    void healthIsPublicButMetricsAreForTheCountyOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        long town = fixtures.region(null, "TOWNSHIP", fixtures.unique("镇"));
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(get("/actuator/prometheus").with(fixtures.as(clerk))).andExpect(status().isForbidden());
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(town, null, null, null, null));
        mvc.perform(get("/actuator/prometheus").with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/estates'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions'].get").exists());
    }

    @Test
    void anApiCallWithoutCredentialsGets401AsAProblemInChinese() throws Exception {
        mvc.perform(get("/api/v1/estates"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.detail").value("请先登录或提供有效的用户名和密码"));
    }

    @Test
    void httpBasicWorksOnTheApiWithoutCsrf() throws Exception {
        long town = fixtures.region(null, "TOWNSHIP", fixtures.unique("镇"));
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(get("/api/v1/estates").with(httpBasic(clerk, org.anju.Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/estates").with(httpBasic(clerk, "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void malformedRequestsAreRefusedWithAProblemNeverA500() throws Exception {
        long town = fixtures.region(null, "TOWNSHIP", fixtures.unique("镇"));
        String clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求格式错误, 无法解析"));
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "长".repeat(300) + "\",\"communityId\":1,\"builtYear\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'builtYear')]").exists());
        mvc.perform(get("/api/v1/estates/abc").with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/estates").param("page", "-1").with(fixtures.as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void thePortalOpensWithoutLoginAndTheConsoleDoesNot() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("台前县物业管理公众服务")));
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("Taiqian County Property Management")));
    }

    @Test
    void idNumbersAndPhonesAreMasked() {
        org.assertj.core.api.Assertions.assertThat(Masking.idNumber("410927199001011234")).isEqualTo("410927********1234");
        org.assertj.core.api.Assertions.assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        org.assertj.core.api.Assertions.assertThat(Masking.phone(null)).isNull();
    }
}
