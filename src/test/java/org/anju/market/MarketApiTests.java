package org.anju.market;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.region.UnifiedSocialCreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Companies and projects through the API; the access-matrix rows of /api/v1/companies/**, /api/v1/projects/**
 * and /api/v1/public/company-bars name this class (inside 200, outside 404, without the role 403).
 */
class MarketApiTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long townA;
    long estateA;
    long freeEstateA;
    long estateB;
    long companyA;
    long companyB;
    String county;
    String clerkA;
    String clerkB;
    String firmA;

    /** A valid code, unique enough for one run. */
    static String creditCode() {
        String first = "914109" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        return first + UnifiedSocialCreditCode.checkCharacter(first);
    }

    @BeforeEach
    void market() {
        long countyId = fixtures.region(null, "COUNTY", fixtures.unique("市场县"));
        townA = fixtures.region(countyId, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(countyId, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲苑");
        freeEstateA = fixtures.estate(communityA, "新苑");
        estateB = fixtures.estate(communityB, "乙苑");
        companyA = fixtures.company(fixtures.unique("甲物业"), creditCode(), estateA);
        companyB = fixtures.company(fixtures.unique("乙物业"), creditCode(), estateB);
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyId, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        firmA = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long companies() {
        return jdbc.sql("select count(*) from mkt_company").query(Long.class).single();
    }

    @Test
    void theCountyRegistersACompanyWithAValidCreditCode() throws Exception {
        String code = creditCode();
        mvc.perform(json(post("/api/v1/companies"), """
                        {"name":"台前县新锐物业服务有限公司","creditCode":"%s","address":"台前县人民路 1 号",
                         "legalRepresentative":"王五","registeredOn":"2020-05-01","phone":"0393-1234567"}"""
                        .formatted(code.toLowerCase())).with(fixtures.as(county)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditCode").value(code))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.legalRepresentative").value("王五"));
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefusedAndNothingIsWritten() throws Exception {
        String code = creditCode();
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        long before = companies();
        mvc.perform(json(post("/api/v1/companies"), "{\"name\":\"校验物业\",\"creditCode\":\"%s\"}"
                        .formatted(code.substring(0, 17) + wrong)).with(fixtures.as(county)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("校验位")));
        assertThat(companies()).isEqualTo(before);
    }

    @Test
    void aCreditCodeTakenByAnotherCompanyIsRefused() throws Exception {
        String taken = jdbc.sql("select credit_code from mkt_company where id = ?").param(companyB)
                .query(String.class).single();
        mvc.perform(json(put("/api/v1/companies/" + companyA), "{\"name\":\"甲物业\",\"creditCode\":\"%s\"}"
                        .formatted(taken)).with(fixtures.as(county)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void onlyTheCountyRegistersCompanies() throws Exception {
        mvc.perform(json(post("/api/v1/companies"), "{\"name\":\"越权物业\",\"creditCode\":\"%s\"}"
                        .formatted(creditCode())).with(fixtures.as(clerkA)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/companies"), "{\"name\":\"越权物业\",\"creditCode\":\"%s\"}"
                        .formatted(creditCode())).with(fixtures.as(firmA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCompanySeesAndEditsOnlyItsOwnCompany() throws Exception {
        mvc.perform(get("/api/v1/companies").with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(companyA));
        mvc.perform(get("/api/v1/companies/" + companyB).with(fixtures.as(firmA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/companies/" + companyB + "/staff").with(fixtures.as(firmA)))
                .andExpect(status().isNotFound());
        String code = jdbc.sql("select credit_code from mkt_company where id = ?").param(companyA)
                .query(String.class).single();
        mvc.perform(json(put("/api/v1/companies/" + companyA), """
                        {"name":"甲物业服务有限公司","creditCode":"%s","address":"甲镇 8 号"}""".formatted(code))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("甲镇 8 号"));
        mvc.perform(json(put("/api/v1/companies/" + companyB), "{\"name\":\"乙\",\"creditCode\":\"%s\"}"
                        .formatted(code)).with(fixtures.as(firmA)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/companies/" + companyA), """
                        {"name":"甲物业服务有限公司","creditCode":"%s","status":"EXITED"}""".formatted(code))
                        .with(fixtures.as(firmA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aTownshipSeesTheCompaniesServingItsAreaOnly() throws Exception {
        mvc.perform(get("/api/v1/companies").param("size", "100").with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) companyA)))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) companyB))));
        mvc.perform(get("/api/v1/companies/" + companyA).with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/companies/" + companyB).with(fixtures.as(clerkA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/companies/" + companyB).with(fixtures.as(county))).andExpect(status().isOk());
    }

    @Test
    void staffWithASkillLevelNeedACertificateNumber() throws Exception {
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/staff"),
                        "{\"name\":\"李四\",\"position\":\"电工\",\"skillLevel\":3}").with(fixtures.as(firmA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("certificateNo"));
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/staff"), """
                        {"name":"李四","position":"电工","skillLevel":3,"certificateNo":"S0001","certifiedOn":"2024-01-02"}""")
                        .with(fixtures.as(firmA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.skillLevel").value(3));
        mvc.perform(get("/api/v1/companies/" + companyA + "/staff").with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("李四"));
        long staffId = jdbc.sql("select id from mkt_staff where company_id = ?").param(companyA).query(Long.class)
                .single();
        mvc.perform(delete("/api/v1/companies/" + companyA + "/staff/" + staffId).with(csrf()).with(fixtures.as(clerkA)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/companies/" + companyB + "/staff/" + staffId).with(csrf()).with(fixtures.as(firmA)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/companies/" + companyA + "/staff/" + staffId).with(csrf()).with(fixtures.as(firmA)))
                .andExpect(status().isNoContent());
    }

    @Test
    void aTownshipStartsAProjectWithFeeItemsAndTheServiceModeHistoryFollows() throws Exception {
        mvc.perform(json(post("/api/v1/projects"), """
                        {"companyId":%d,"estateId":%d,"startsOn":"%s","endsOn":"%s","managerName":"赵六",
                         "managerPhone":"13900000000","feeRegime":"COMMISSION",
                         "feeItems":[{"name":"物业服务费","unitPrice":0.85},{"name":"电梯运行费","unitPrice":"0.30"}]}"""
                        .formatted(companyA, freeEstateA, TODAY, TODAY.plusYears(3))).with(fixtures.as(clerkA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.companyId").value(companyA))
                .andExpect(jsonPath("$.companyName").value(containsString("甲物业")))
                .andExpect(jsonPath("$.estateId").value(freeEstateA))
                .andExpect(jsonPath("$.serviceMode").value("ENTERPRISE"))
                .andExpect(jsonPath("$.startsOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.endsOn").value(TODAY.plusYears(3).toString()));
        long project = jdbc.sql("select id from mkt_project where estate_id = ?").param(freeEstateA).query(Long.class)
                .single();
        mvc.perform(get("/api/v1/projects/" + project).with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.project.feeRegime").value("COMMISSION"))
                .andExpect(jsonPath("$.feeItems[0].unitPrice").value(0.85))
                .andExpect(jsonPath("$.feeItems[1].name").value("电梯运行费"));
        assertThat(jdbc.sql("select mode || ' ' || project_id from mkt_service_mode where estate_id = ? and to_date is null")
                .param(freeEstateA).query(String.class).single()).isEqualTo("ENTERPRISE " + project);
    }

    @Test
    void aSecondProjectOverlappingTheFirstIsRefused() throws Exception {
        mvc.perform(json(post("/api/v1/projects"), "{\"companyId\":%d,\"estateId\":%d,\"startsOn\":\"%s\"}"
                        .formatted(companyB, estateA, TODAY.plusDays(10))).with(fixtures.as(county)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("startsOn"));
    }

    @Test
    void aProjectEndingBeforeItStartsIsRefused() throws Exception {
        mvc.perform(json(post("/api/v1/projects"), "{\"companyId\":%d,\"estateId\":%d,\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
                        .formatted(companyA, freeEstateA, TODAY, TODAY.minusDays(1))).with(fixtures.as(clerkA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
    }

    @Test
    void projectsAreCreatedInsideTheJurisdictionByRegisterWritersOnly() throws Exception {
        String body = "{\"companyId\":%d,\"estateId\":%d,\"startsOn\":\"%s\"}".formatted(companyA, freeEstateA, TODAY);
        mvc.perform(json(post("/api/v1/projects"), body).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/projects"), "{\"companyId\":%d,\"estateId\":%d,\"startsOn\":\"%s\"}"
                        .formatted(companyA, estateA, TODAY)).with(fixtures.as(firmA)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from mkt_project where estate_id = ?").param(freeEstateA)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCompanyListsOnlyItsOwnProjectsAndATownshipThoseOfItsArea() throws Exception {
        long projectB = jdbc.sql("select id from mkt_project where company_id = ?").param(companyB).query(Long.class)
                .single();
        mvc.perform(get("/api/v1/projects").with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].estateId").value(estateA));
        mvc.perform(get("/api/v1/projects/" + projectB).with(fixtures.as(firmA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + projectB).with(fixtures.as(clerkA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + projectB).with(fixtures.as(clerkB))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[*].companyId").value(not(hasItem((int) companyB))));
    }

    @Test
    void theCompanyChangesItsProjectManagerButNotAnotherCompanysProject() throws Exception {
        long projectA = jdbc.sql("select id from mkt_project where company_id = ?").param(companyA).query(Long.class)
                .single();
        long projectB = jdbc.sql("select id from mkt_project where company_id = ?").param(companyB).query(Long.class)
                .single();
        mvc.perform(json(put("/api/v1/projects/" + projectA), "{\"managerName\":\"钱七\",\"feeItems\":[]}")
                        .with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.managerName").value("钱七"));
        mvc.perform(json(put("/api/v1/projects/" + projectB), "{\"managerName\":\"钱七\"}").with(fixtures.as(firmA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void changingAnActiveProjectsModeRecordsItInTheServiceModeHistory() throws Exception {
        long projectA = jdbc.sql("select id from mkt_project where company_id = ?").param(companyA).query(Long.class)
                .single();
        jdbc.sql("update mkt_project set started_on = ? where id = ?").params(TODAY.minusYears(1), projectA).update();
        mvc.perform(json(put("/api/v1/projects/" + projectA), "{\"serviceMode\":\"CARETAKER\"}")
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceMode").value("CARETAKER"));
        assertThat(jdbc.sql("select mode || ' ' || from_date from mkt_service_mode where estate_id = ? and to_date is null")
                .param(estateA).query(String.class).single()).isEqualTo("CARETAKER " + TODAY);
        mvc.perform(json(put("/api/v1/projects/" + projectA), "{\"serviceMode\":\"SELF_MANAGED\"}")
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceMode"));
    }

    @Test
    void aBarredCompanyCannotGetANewProjectAndTheBarIsPublic() throws Exception {
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/bar"), "{\"reason\":\"拒不退出小区\"}")
                        .with(fixtures.as(clerkA)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/bar"), "{\"reason\":\"\"}").with(fixtures.as(county)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/bar"), "{\"reason\":\"合同解除后拒不退出小区\"}")
                        .with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bar.reason").value("合同解除后拒不退出小区"));
        mvc.perform(get("/api/v1/public/company-bars").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].reason").value(hasItem("合同解除后拒不退出小区")));
        mvc.perform(json(post("/api/v1/projects"), "{\"companyId\":%d,\"estateId\":%d,\"startsOn\":\"%s\"}"
                        .formatted(companyA, freeEstateA, TODAY)).with(fixtures.as(clerkA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("companyId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("限制")));
        mvc.perform(get("/api/v1/companies/" + companyA + "/bars").with(fixtures.as(firmA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].liftedOn").doesNotExist());
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/bar/lift"), "{\"reason\":\"已整改\"}")
                        .with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bar").doesNotExist());
        mvc.perform(json(post("/api/v1/projects"), "{\"companyId\":%d,\"estateId\":%d,\"startsOn\":\"%s\"}"
                        .formatted(companyA, freeEstateA, TODAY)).with(fixtures.as(clerkA)))
                .andExpect(status().isCreated());
    }

    @Test
    void aBarredCompanyCannotGetAProjectThroughAServiceModeChangeEither() throws Exception {
        mvc.perform(json(post("/api/v1/companies/" + companyA + "/bar"), "{\"reason\":\"多次违规\"}")
                        .with(fixtures.as(county)))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/estates/" + freeEstateA + "/service-modes"),
                        "{\"mode\":\"ENTERPRISE\",\"companyId\":%d}".formatted(companyA)).with(fixtures.as(clerkA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("companyId"));
        assertThat(jdbc.sql("select count(*) from mkt_project where estate_id = ?").param(freeEstateA)
                .query(Long.class).single()).isZero();
    }

    @Test
    void barringAnotherTownshipsCompanyIsHiddenAndLiftingNeedsABar() throws Exception {
        mvc.perform(json(post("/api/v1/companies/" + companyB + "/bar/lift"), "{\"reason\":\"误操作解除\"}")
                        .with(fixtures.as(county)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(post("/api/v1/companies/" + companyB + "/bar"), "{\"reason\":\"理由\"}")
                        .with(fixtures.as(firmA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/companies/" + companyB + "/bars").with(fixtures.as(clerkA)))
                .andExpect(status().isNotFound());
    }

    static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "合同.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(long contract,
                                                                                             MockMultipartFile file) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart("/api/v1/contracts/" + contract + "/file").file(file).with(csrf());
    }
}
