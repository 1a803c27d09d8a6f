package org.anju.governance;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Committees, the first assembly and occupancy per management area of an estate split in two (decision 0027). */
class GovernanceAreaTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long estate;
    long north;
    long south;
    long single;
    String clerk;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        long community = fixtures.region(town, "COMMUNITY", "甲社区");
        estate = fixtures.estate(community, "分区小区");
        north = jdbc.sql("select reg_default_area(?)").param(estate).query(Long.class).single();
        south = fixtures.area(estate, "南区");
        long b1 = fixtures.building(estate, north, "1号楼");
        long b2 = fixtures.building(estate, south, "2号楼");
        for (int i = 0; i < 4; i++) {
            fixtures.house(b1, "1", String.valueOf(101 + i), "100.00");
        }
        fixtures.house(b2, "1", "101", "80.00");
        single = fixtures.estate(community, "单区小区");
        fixtures.house(fixtures.building(single, "1号楼"), "1", "101", "90.00");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void anEstateOfSeveralAreasNeedsTheAreaAndOneAreaDoesNot() throws Exception {
        committee(null, estate, "OWNERS").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"))
                .andExpect(jsonPath("$.detail").exists());
        committee(null, single, "OWNERS").andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaName").doesNotExist());
        committee(south, estate, "OWNERS").andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaId").value(south)).andExpect(jsonPath("$.areaName").value("南区"));
        // an area of another estate is not found through this one
        committee(jdbc.sql("select reg_default_area(?)").param(single).query(Long.class).single(), estate, "OWNERS")
                .andExpect(status().isNotFound());
    }

    @Test
    void anInterimCommitteeIsRefusedOnlyInTheAreaWhoseOwnersCommitteeIsFiled() throws Exception {
        long owners = id(committee(north, estate, "OWNERS").andExpect(status().isCreated()));
        jdbc.sql("update gov_committee set status = 'FILED', filed_on = current_date where id = ?").param(owners).update();
        committee(north, estate, "INTERIM").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        committee(south, estate, "INTERIM").andExpect(status().isCreated());
    }

    @Test
    void eachAreaHasItsOwnAssemblyInProgressAndItsOwnOccupancy() throws Exception {
        mvc.perform(json(put("/api/v1/estates/" + estate + "/occupancy"), "{\"deliveredArea\":200,\"movedInHouseholds\":0}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("areaId"));
        mvc.perform(json(put("/api/v1/estates/" + estate + "/occupancy").param("areaId", String.valueOf(north)),
                        "{\"deliveredArea\":200,\"movedInHouseholds\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.households").value(4)).andExpect(jsonPath("$.totalArea").value(400.00))
                .andExpect(jsonPath("$.triggers[0]").value("AREA_DELIVERED"));
        mvc.perform(get("/api/v1/estates/" + estate + "/occupancy").param("areaId", String.valueOf(south))
                        .with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.households").value(1))
                .andExpect(jsonPath("$.triggers").isEmpty());
        apply(north).andExpect(status().isCreated()).andExpect(jsonPath("$.areaName").value("分区小区"));
        apply(north).andExpect(status().isUnprocessableContent());
        apply(south).andExpect(status().isCreated()).andExpect(jsonPath("$.areaName").value("南区"));
        mvc.perform(get("/console/assemblies").with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("南区")));
    }

    @Test
    void anAreaWithACommitteeCannotBeEmptiedItsBuildingsCanMoveWhileOneStays() throws Exception {
        committee(south, estate, "OWNERS").andExpect(status().isCreated());
        long b2 = jdbc.sql("select id from reg_building where management_area_id = ?").param(south).query(Long.class).single();
        mvc.perform(json(post("/api/v1/estates/" + estate + "/areas/" + north + "/buildings"),
                        "{\"buildingIds\":[" + b2 + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("buildingIds"))
                .andExpect(jsonPath("$.errors[0].message", containsString("业委会")));
        mvc.perform(mvcDelete("/api/v1/estates/" + estate + "/areas/" + south))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select management_area_id from reg_building where id = ?").param(b2).query(Long.class)
                .single()).isEqualTo(south);
    }

    private MockHttpServletRequestBuilder mvcDelete(String url) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url).with(csrf())
                .with(fixtures.as(clerk));
    }

    private ResultActions apply(long area) throws Exception {
        return mvc.perform(json(post("/api/v1/assemblies"), ("{\"estateId\":%d,\"areaId\":%d,\"applicantKind\":\"DEVELOPER\","
                + "\"developerName\":\"台前置业\",\"appliedOn\":\"%s\"}").formatted(estate, area, TODAY)));
    }

    private ResultActions committee(Long area, long estateId, String kind) throws Exception {
        LocalDate end = TODAY.plusYears(kind.equals("OWNERS") ? 5 : 3);
        return mvc.perform(json(post("/api/v1/committees"), ("{\"estateId\":%d,%s\"kind\":\"%s\",\"formedOn\":\"%s\","
                + "\"termEnd\":\"%s\"}").formatted(estateId, area == null ? "" : "\"areaId\":" + area + ",", kind, TODAY,
                end)));
    }

    private static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).with(fixtures.as(clerk)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
