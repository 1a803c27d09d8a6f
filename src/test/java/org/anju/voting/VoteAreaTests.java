package org.anju.voting;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A vote of one management area (decision 0027): its roll is the owners of the houses in the area's buildings, an
 * owner of houses in two areas counts once with the area's houses only, and only owners in the area see it.
 */
class VoteAreaTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    long estate;
    long south;
    long otherArea;
    long southBuilding;
    String clerk;
    String yezhuA;
    String yezhuB;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("区域县"));
        long town = fixtures.region(county, "TOWNSHIP", "丁镇");
        long community = fixtures.region(town, "COMMUNITY", "丁社区");
        estate = fixtures.estate(community, fixtures.unique("分区小区"));
        long north = jdbc.sql("select reg_default_area(?)").param(estate).query(Long.class).single();
        south = fixtures.area(estate, "南区");
        long b1 = fixtures.building(estate, north, "1号楼");
        southBuilding = fixtures.building(estate, south, "2号楼");
        // north: A 101 (90.00), B 102 (60.50); south: A 201 (100.00), C 202 (80.25), 203 unsold (30.00)
        long ownerA = fixtures.owner("甲", fixtures.unique("4109271990"), "13800000011",
                fixtures.house(b1, "1", "101", "90.00"), fixtures.house(southBuilding, "1", "201", "100.00"));
        long ownerB = fixtures.owner("乙", fixtures.unique("4109271991"), "13800000012",
                fixtures.house(b1, "1", "102", "60.50"));
        fixtures.owner("丙", fixtures.unique("4109271992"), "13800000013",
                fixtures.house(southBuilding, "1", "202", "80.25"));
        fixtures.house(southBuilding, "1", "203", "30.00");
        otherArea = jdbc.sql("select reg_default_area(?)").param(fixtures.estate(community, fixtures.unique("邻小区")))
                .query(Long.class).single();
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        yezhuA = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerA));
        yezhuB = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerB));
    }

    @Test
    void anAreaVoteRollsTheOwnersOfTheAreasBuildingsOnly() throws Exception {
        long id = openNow(Map.of("areaId", south));
        mvc.perform(get("/api/v1/votes/" + id).with(fixtures.as(clerk))).andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("AREA")).andExpect(jsonPath("$.areaName").value("南区"))
                // A (100.00 in the south only), C, the developer's 203: 3 owners, 210.25 m²
                .andExpect(jsonPath("$.totalOwners").value(3)).andExpect(jsonPath("$.totalArea").value(210.25));
        long whole = openNow(Map.of());
        mvc.perform(get("/api/v1/votes/" + whole).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.scope").value("ESTATE"))
                .andExpect(jsonPath("$.totalOwners").value(4)).andExpect(jsonPath("$.totalArea").value(360.75));
        mvc.perform(get("/api/v1/votes/" + id).with(fixtures.as(yezhuA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + id).with(fixtures.as(yezhuB))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from vot_roll where vote_id = ?").param(id).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void anAreaOfAnotherEstateOrAnAreaWithABuildingIsRefused() throws Exception {
        create(Map.of("areaId", otherArea)).andExpect(status().isNotFound());
        create(Map.of("areaId", south, "buildingId", southBuilding)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
    }

    private long openNow(Map<String, Object> scope) throws Exception {
        String r = create(scope).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(r, "$.id")).longValue();
    }

    private ResultActions create(Map<String, Object> scope) throws Exception {
        OffsetDateTime opensAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1);
        Map<String, Object> b = new HashMap<>(scope);
        b.put("estateId", estate);
        b.put("title", "南区改造");
        b.put("mode", "MEETING");
        b.put("opensAt", opensAt.toString());
        b.put("closesAt", opensAt.plusDays(30).toString());
        b.put("noticePostedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(20).toString());
        b.put("motions", List.of(Map.of("title", "改造南区绿地", "matter", "OTHER")));
        return mvc.perform(post("/api/v1/votes").with(fixtures.as(clerk)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b)));
    }
}
