package org.anju.stats;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.region.RegionPlaces;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports of a fixture county (甲镇: 4 estates, 2 committees, 1 service, all under a Party branch; 乙镇: 3 estates,
 * 1 committee): generated in the background, their numbers equal to the dashboard's for the same day, the PDF with
 * Chinese headings and drawn charts, kept and downloadable within the jurisdiction only.
 */
class ReportTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    Reports reports;

    @Autowired
    RegionPlaces places;

    long county;
    long townA;
    long townB;
    String countyUser;
    String townAUser;
    String townBUser;
    String month;

    @BeforeEach
    void county() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        long[] a = {fixtures.estate(communityA, "甲一"), fixtures.estate(communityA, "甲二"),
                fixtures.estate(communityA, "甲三"), fixtures.estate(communityA, "甲四")};
        long b = fixtures.estate(communityB, "乙一");
        fixtures.estate(communityB, "乙二");
        fixtures.estate(communityB, "乙三");
        committee(a[0]);
        committee(a[1]);
        committee(b);
        jdbc.sql("insert into mkt_service_mode (estate_id, mode, from_date, recorded_by) values (?, 'ENTERPRISE', current_date, 't')")
                .param(a[0]).update();
        long branch = jdbc.sql("insert into pty_organization (kind, name, community_id, host_kind) "
                + "values ('BRANCH', ?, ?, 'ESTATE') returning id").params(fixtures.unique("支部"), communityA)
                .query(Long.class).single();
        for (long e : a) {
            jdbc.sql("insert into pty_organization_estate (organization_id, estate_id) values (?, ?)").params(branch, e).update();
        }
        countyUser = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        townAUser = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        townBUser = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void theCountysMonthlyReportHasTheDashboardsNumbersChineseHeadingsAndDrawnCharts() throws Exception {
        long id = request(countyUser, county, "MONTHLY", month);
        JsonNode done = awaitDone(countyUser, id);
        assertThat(done.get("progress").asInt()).isEqualTo(100);

        JsonNode dashboard = json.readTree(mvc.perform(get("/api/v1/stats/coverage").with(fixtures.as(countyUser)))
                .andReturn().getResponse().getContentAsString());
        byte[] xlsx = mvc.perform(get("/api/v1/stats/reports/{id}/xlsx", id).with(fixtures.as(countyUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < 2; i++) {
                JsonNode row = dashboard.get("townships").get(i);
                var cells = sheet.getRow(i + 1);
                assertThat(cells.getCell(0).getStringCellValue()).isEqualTo(row.get("name").asString());
                assertThat((long) cells.getCell(1).getNumericCellValue()).isEqualTo(row.get("estates").asLong());
                assertThat(cells.getCell(2).getNumericCellValue())
                        .isEqualTo(row.get("committeeFormationRate").decimalValue().movePointRight(2).doubleValue());
                assertThat(cells.getCell(3).getNumericCellValue())
                        .isEqualTo(row.get("serviceCoverageRate").decimalValue().movePointRight(2).doubleValue());
                assertThat(cells.getCell(4).getNumericCellValue())
                        .isEqualTo(row.get("partyCoverageRate").decimalValue().movePointRight(2).doubleValue());
            }
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue())
                    .isEqualTo(dashboard.get("total").get("committeeFormationRate").decimalValue().movePointRight(2)
                            .doubleValue());
            assertThat(book.getSheetAt(2).getLastRowNum()).isGreaterThanOrEqualTo(8);
        }

        byte[] pdf = mvc.perform(get("/api/v1/stats/reports/{id}/pdf", id).with(fixtures.as(countyUser)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("物业管理月报").contains("三率覆盖情况").contains("三率变化趋势")
                    .contains("考核指标数据").contains("甲镇").contains("42.86%");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            assertThat(coloured(page)).as("pixels of the bar chart's colours on page 1").isGreaterThan(500);
        }
    }

    @Test
    void aTownshipSeesOnlyItsOwnReportsAndCannotAskForAnothers() throws Exception {
        long id = request(townAUser, townA, "YEARLY", month.substring(0, 4));
        awaitDone(townAUser, id);
        mvc.perform(get("/api/v1/stats/reports/{id}", id).with(fixtures.as(townBUser))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/reports/{id}/pdf", id).with(fixtures.as(townBUser))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/reports/{id}", id).with(fixtures.as(countyUser))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/stats/reports").with(fixtures.as(townBUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionId\": %d, \"kind\": \"MONTHLY\", \"period\": \"%s\"}".formatted(townA, month)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/stats/reports").with(fixtures.as(townAUser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionId\": %d, \"kind\": \"MONTHLY\", \"period\": \"%s\"}".formatted(townA,
                                YearMonth.now().plusMonths(2))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/stats/reports").with(fixtures.as(townBUser)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/console/stats/reports").with(fixtures.as(townAUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/stats/reports/" + id + "/pdf")));
    }

    @Test
    void theScheduleGeneratesLastMonthsReportInItsOwnThread() {
        var place = places.place(townB).orElseThrow();
        String last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        reports.generateNow(place, ReportKind.MONTHLY, last, "system");
        assertThat(jdbc.sql("select status from sts_report where region_id = ? and period = ?").params(townB, last)
                .query(String.class).single()).isEqualTo("DONE");
        assertThat(jdbc.sql("select period_to from sts_report where region_id = ? and period = ?").params(townB, last)
                .query(LocalDate.class).single()).isEqualTo(YearMonth.parse(last).atEndOfMonth());
    }

    private long request(String user, long region, String kind, String period) throws Exception {
        String r = mvc.perform(post("/api/v1/stats/reports").with(fixtures.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionId\": %d, \"kind\": \"%s\", \"period\": \"%s\"}".formatted(region, kind, period)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return json.readTree(r).get("id").asLong();
    }

    private JsonNode awaitDone(String user, long id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = json.readTree(mvc.perform(get("/api/v1/stats/reports/{id}", id).with(fixtures.as(user)))
                    .andReturn().getResponse().getContentAsString());
            String status = last[0].get("status").asString();
            return status.equals("DONE") || status.equals("FAILED");
        });
        assertThat(last[0].get("status").asString()).as(String.valueOf(last[0].get("error"))).isEqualTo("DONE");
        return last[0];
    }

    /** Pixels far from grey (the charts' blue, green and red); text and table lines are black or grey. */
    private static int coloured(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }

    private void committee(long estate) {
        jdbc.sql("insert into gov_committee (estate_id, kind, status, formed_on, term_end) "
                + "values (?, 'OWNERS', 'FILED', current_date, current_date + 1825)").param(estate).update();
    }
}
