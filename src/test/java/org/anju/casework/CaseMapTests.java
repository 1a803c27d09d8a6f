package org.anju.casework;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 gaps: estates get coordinates (estate page, estate API, register import), and the map of cases counts
 * open and overdue cases per placed estate within each caller's scope (the access matrix rows of
 * GET /api/v1/complaints/map name this class).
 */
class CaseMapTests extends CaseworkPlace {

    String map(String who) throws Exception {
        return mvc.perform(get("/api/v1/complaints/map").with(fixtures.as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theClerkRecordsAnEstatesPositionOnItsPageAndASwappedPairIsRefused() throws Exception {
        mvc.perform(post("/console/estates/" + estateA + "/position").with(fixtures.as(clerkA)).with(csrf())
                        .param("longitude", "35.990000").param("latitude", "115.870000"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("position-errors")));
        assertThat(jdbc.sql("select longitude from reg_estate where id = ?").param(estateA)
                .query(java.math.BigDecimal.class).optional()).isEmpty();
        mvc.perform(post("/console/estates/" + estateA + "/position").with(fixtures.as(clerkA)).with(csrf())
                        .param("longitude", "115.871234").param("latitude", "35.991234"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/estates/" + estateA).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.longitude").value(115.871234)).andExpect(jsonPath("$.latitude").value(35.991234));
        // another township's clerk cannot see the estate, a company may never write the register
        mvc.perform(post("/console/estates/" + estateA + "/position").with(fixtures.as(clerkB)).with(csrf())
                .param("longitude", "115.9").param("latitude", "36.0")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'estate'"
                + " and entity_id = ? and action = 'UPDATE'").param(String.valueOf(estateA)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aNewEstateAndARegisterImportCarryThePosition() throws Exception {
        String created = mvc.perform(post("/api/v1/estates").with(fixtures.as(clerkA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + fixtures.unique("坐标小区")
                                + "\", \"communityId\": " + communityA + ", \"longitude\": 115.86, \"latitude\": 35.98}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.longitude").value(115.86))
                .andReturn().getResponse().getContentAsString();
        long estate = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/estates").with(fixtures.as(clerkA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + fixtures.unique("半坐标小区")
                                + "\", \"communityId\": " + communityA + ", \"longitude\": 115.86}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("latitude"));

        String csv = "楼栋,单元,房号,专有部分面积,用途,业主名称,证件号码,联系电话\n1号楼,1,101,80.00,住宅,坐标业主,"
                + idNumber() + ",13800000000\n";
        MockMultipartFile file = new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        // a bad position refuses the whole request: no house, the old position stays
        mvc.perform(multipart("/api/v1/estates/" + estate + "/import").file(file).param("longitude", "200")
                        .param("latitude", "35.9").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("longitude"));
        assertThat(jdbc.sql("select count(*) from reg_house where estate_id = ?").param(estate).query(Long.class).single())
                .isZero();
        mvc.perform(multipart("/api/v1/estates/" + estate + "/import").file(file).param("longitude", "115.9")
                        .param("latitude", "35.95").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/estates/" + estate).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.longitude").value(115.9)).andExpect(jsonPath("$.latitude").value(35.95))
                .andExpect(jsonPath("$.houses").value(1));
    }

    @Test
    void theMapCountsOpenAndOverdueCasesPerPlacedEstateWithinEachScope() throws Exception {
        jdbc.sql("update reg_estate set longitude = 115.87, latitude = 35.99 where id = ?").param(estateA).update();
        jdbc.sql("update reg_estate set longitude = 115.95, latitude = 36.05 where id = ?").param(estateB).update();
        long unplaced = fixtures.estate(communityA, fixtures.unique("无坐标小区"));
        long a1 = filed(owner, estateA, "SERVICE_QUALITY");
        filed(owner, estateA, "SERVICE_QUALITY");
        filed(clerkA, estateA, "ILLEGAL_BUILDING");
        filed(ownerB, estateB, "SERVICE_QUALITY");
        filed(clerkA, unplaced, "NOISE");
        jdbc.sql("update cas_case set due_at = now() - interval '1 hour' where id = ?").param(a1).update();

        String county = map(countyClerk);
        assertThat(JsonPath.<List<Integer>>read(county, "$.estates[*].estateId")).containsExactlyInAnyOrder(
                (int) estateA, (int) estateB);
        assertThat(JsonPath.<List<Integer>>read(county, "$.estates[?(@.estateId == " + estateA + ")].open")).containsExactly(3);
        assertThat(JsonPath.<List<Integer>>read(county, "$.estates[?(@.estateId == " + estateA + ")].overdue")).containsExactly(1);
        assertThat(JsonPath.<List<Double>>read(county, "$.estates[?(@.estateId == " + estateA + ")].longitude"))
                .containsExactly(115.87);
        assertThat(JsonPath.<Integer>read(county, "$.unplacedEstates")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(county, "$.unplacedOpen")).isEqualTo(1);
        // township A: its estates only
        assertThat(JsonPath.<List<Integer>>read(map(clerkA), "$.estates[*].estateId")).containsExactly((int) estateA);
        assertThat(JsonPath.<List<Integer>>read(map(clerkB), "$.estates[*].estateId")).containsExactly((int) estateB);
        // the company: the cases sent to it (two in A), not the department's
        String company = map(this.company);
        assertThat(JsonPath.<List<Integer>>read(company, "$.estates[*].open")).containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(map(department), "$.estates[*].open")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(map(otherCompany), "$.estates[*].estateId")).containsExactly((int) estateB);
        // the owner: their own reports; the administrator: none
        assertThat(JsonPath.<List<Integer>>read(map(owner), "$.estates[*].open")).containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(map(admin), "$.estates")).isEmpty();
        // a category filter
        assertThat(JsonPath.<List<Integer>>read(mvc.perform(get("/api/v1/complaints/map").param("category", "ILLEGAL_BUILDING")
                .with(fixtures.as(countyClerk))).andReturn().getResponse().getContentAsString(), "$.estates[*].open"))
                .containsExactly(1);
    }

    @Test
    void theMapPageDrawsTheEstatesAndLinksToTheirCases() throws Exception {
        jdbc.sql("update reg_estate set longitude = 115.87, latitude = 35.99 where id = ?").param(estateA).update();
        filed(owner, estateA, "SERVICE_QUALITY");
        filed(ownerB, estateB, "SERVICE_QUALITY");
        mvc.perform(get("/console/complaints/map").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-map\"")))
                .andExpect(content().string(containsString("scatter")))
                .andExpect(content().string(containsString("甲小区")))
                .andExpect(content().string(not(containsString("乙小区"))))
                .andExpect(content().string(containsString("estateId=" + estateA)));
        mvc.perform(get("/console/complaints").param("estateId", "" + estateA).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("estate-filter")))
                .andExpect(content().string(containsString("小区: 甲小区")));
        mvc.perform(get("/console/complaints").param("estateId", "" + estateB).with(fixtures.as(countyClerk)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("甲小区</td>"))));
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    /** A valid resident ID number, born 2003, unique within the run. */
    static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String body = "410927" + "2003" + String.format("%02d%02d", 1 + n % 12, 1 + (n / 12) % 28)
                + String.format("%03d", (n / 336 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000)) % 1000);
        return body + org.anju.region.ResidentIdNumber.checkCharacter(body);
    }
}
