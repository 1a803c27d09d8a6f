package org.anju.region.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.springframework.test.web.servlet.MvcResult;

import static org.anju.region.importing.RegisterFiles.personId;
import static org.anju.region.importing.RegisterFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ImportPageTests extends IntegrationTest {

    @Autowired
    SpringTemplateEngine templates;

    long town;
    long estate;
    String clerk;

    @BeforeEach
    void estate() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", "甲镇");
        estate = fixtures.estate(fixtures.region(town, "COMMUNITY", "甲社区"), "页面小区");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void theFormOffersTheTemplatesAndPostsToTheImport() throws Exception {
        mvc.perform(get("/console/estates/" + estate + "/import").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("向 “页面小区” 导入登记册")))
                .andExpect(content().string(containsString("/console/register/import-template.xlsx")))
                .andExpect(content().string(containsString("/console/register/import-template.csv")))
                .andExpect(content().string(containsString("action=\"/console/estates/" + estate + "/import\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void anUploadRunsAsAJobWhoseProgressIsPolledUntilDone() throws Exception {
        byte[] file = RegisterFiles.xlsx(row("1号楼", "1", "101", "88.5", "住宅", "张三", personId(), ""),
                row("1号楼", "1", "101", "88.5", "住宅", "李四", personId(), ""));
        String jobPage = upload(file);
        mvc.perform(get(jobPage).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-progress\"")));
        String done = poll(jobPage);
        assertThat(done).contains("导入成功").contains("href=\"/console/estates/" + estate + "\"")
                .doesNotContain("hx-trigger");
        assertThat(jdbc.sql("select count(*) from reg_ownership w join reg_house h on h.id = w.house_id"
                + " where h.estate_id = ?").param(estate).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRefusedFileShowsEveryBadRowInATable() throws Exception {
        String jobPage = upload(RegisterFiles.xlsx(row("1号楼", "1", "101", "88.5", "住宅", "张三", personId(), ""),
                row("1号楼", "1", "102", "-3", "住宅", "李四", personId(), "")));
        String refused = poll(jobPage);
        assertThat(refused).contains("id=\"import-problems\"").contains("<td>3</td>").contains("专有部分面积")
                .contains("应大于 0").contains("未写入任何数据");
        assertThat(jdbc.sql("select count(*) from reg_house where estate_id = ?").param(estate).query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyTheAccountThatStartedAJobMayPollIt() throws Exception {
        String jobPage = upload(RegisterFiles.xlsx(row("1号楼", "1", "101", "88.5", "住宅", "张三", personId(), "")));
        String colleague = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        mvc.perform(get(jobPage + "/progress").with(fixtures.as(colleague))).andExpect(status().isNotFound());
        poll(jobPage);
    }

    @Test
    void aCommitteeMayNotOpenTheImportPage() throws Exception {
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
        mvc.perform(get("/console/estates/" + estate + "/import").with(fixtures.as(committee)))
                .andExpect(status().isForbidden());
        String other = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(
                fixtures.region(fixtures.region(null, "COUNTY", fixtures.unique("县")), "TOWNSHIP", "乙镇"),
                null, null, null, null));
        mvc.perform(get("/console/estates/" + estate + "/import").with(fixtures.as(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theXlsxTemplateHasTheEightHeadersInOrderAndTheRules() throws Exception {
        MvcResult result = mvc.perform(get("/console/register/import-template.xlsx").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int i = 0; i < 8; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(RegisterFiles.HEADER[i]);
            }
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(header.getCell(8)).isNull();
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
            assertThat(book.getSheetAt(1).getLastRowNum()).isGreaterThan(5);
        }
    }

    @Test
    void theCsvTemplateIsTheHeaderWithAByteOrderMark() throws Exception {
        byte[] csv = mvc.perform(get("/console/register/import-template.csv").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF楼栋,单元,房号,专有部分面积,用途,业主名称,证件号码,联系电话\r\n");
    }

    @Test
    void whileAJobRunsItsProgressPollsEverySecondAndShowsTheStage() {
        ImportJob job = new ImportJob("job-1", clerk, estate, "a.xlsx");
        job.update(ImportProgress.Stage.WRITING, 1200, 5000);
        var app = JakartaServletWebApplication.buildApplication(new MockServletContext());
        var context = new WebContext(app.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()),
                Locale.SIMPLIFIED_CHINESE, Map.of("job", job, "estateId", estate, "state", job.state().name(),
                "running", true));
        String html = templates.process("register/import-progress", Set.of("progress"), context);
        assertThat(html).contains("hx-get=\"/console/estates/" + estate + "/import/jobs/job-1/progress\"")
                .contains("hx-trigger=\"every 1s\"").contains("写入中 1200/5000").contains("width: 24%");
    }

    private String upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/console/estates/" + estate + "/import")
                        .file(new MockMultipartFile("file", "登记册.xlsx", "application/octet-stream", file))
                        .with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    /** Polls the progress fragment as htmx would, until the job ends. */
    private String poll(String jobPage) throws Exception {
        for (int i = 0; i < 100; i++) {
            String html = mvc.perform(get(jobPage + "/progress").with(fixtures.as(clerk)).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!html.contains("hx-trigger=\"every 1s\"")) {
                return html;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }
}
