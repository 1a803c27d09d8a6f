package org.anju.region;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 物业管理区域 (decision 0027): every estate has one, the township or county splits it by buildings. */
class ManagementAreaTests extends IntegrationTest {

    long townA;
    long townB;
    long communityA;
    long estateA;
    long estateB;
    long b1;
    long b2;
    long foreignBuilding;
    String township;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(communityB, "乙小区");
        b1 = fixtures.building(estateA, "1号楼");
        b2 = fixtures.building(estateA, "2号楼");
        fixtures.house(b1, "1", "101", "88.50");
        fixtures.house(b2, "1", "101", "90.25");
        foreignBuilding = fixtures.building(estateB, "1号楼");
        township = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
    }

    @Test
    void anEstateHasOneDefaultAreaNamedAfterItHoldingEveryBuilding() throws Exception {
        mvc.perform(get("/api/v1/estates/" + estateA + "/areas").with(fixtures.as(township)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("甲小区"))
                .andExpect(jsonPath("$[0].isDefault").value(true))
                .andExpect(jsonPath("$[0].buildingCount").value(2))
                .andExpect(jsonPath("$[0].houses").value(2))
                .andExpect(jsonPath("$[0].totalArea").value(178.75));
    }

    @Test
    void anEstateRegisteredThroughTheApiGetsItsDefaultArea() throws Exception {
        String body = mvc.perform(json(post("/api/v1/estates"), "{\"name\":\"新建小区\",\"communityId\":" + communityA + "}")
                        .with(fixtures.as(township)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(jdbc.sql("select name from reg_management_area where estate_id = ?").param(id)
                .query(String.class).list()).containsExactly("新建小区");
    }

    @Test
    void theTownshipSplitsAnEstateByMovingBuildingsAndRenames() throws Exception {
        long area = newArea(estateA, "二区");
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/areas/" + area + "/buildings"),
                        "{\"buildingIds\":[" + b2 + "]}").with(fixtures.as(township)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.buildingCount").value(1))
                .andExpect(jsonPath("$.houses").value(1))
                .andExpect(jsonPath("$.buildings[0].name").value("2号楼"));
        mvc.perform(json(put("/api/v1/estates/" + estateA + "/areas/" + area), "{\"name\":\"南区\"}")
                        .with(fixtures.as(township)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("南区"));
        assertThat(jdbc.sql("select management_area_id from reg_building where id = ?").param(b2).query(Long.class)
                .single()).isEqualTo(area);
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'management_area' and entity_id = ?")
                .param(String.valueOf(area)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBuildingOfAnotherEstateCannotJoinAnArea() throws Exception {
        long area = newArea(estateA, "二区");
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/areas/" + area + "/buildings"),
                        "{\"buildingIds\":[" + b1 + "," + foreignBuilding + "]}").with(fixtures.as(township)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("buildingIds"));
        assertThat(jdbc.sql("select count(*) from reg_building where management_area_id = ?").param(area)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseKeepsABuildingInAnAreaOfItsOwnEstate() {
        long foreignArea = jdbc.sql("select reg_default_area(?)").param(estateB).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("update reg_building set management_area_id = ? where id = ?").params(foreignArea, b1).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aNameTakenInTheEstateOrBlankIsRefused() throws Exception {
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/areas"), "{\"name\":\"甲小区\"}").with(fixtures.as(township)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/areas"), "{\"name\":\" \"}").with(fixtures.as(township)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theLastAreaAndAnAreaWithBuildingsCannotBeRemovedAnEmptyOneCan() throws Exception {
        long first = jdbc.sql("select reg_default_area(?)").param(estateA).query(Long.class).single();
        mvc.perform(delete("/api/v1/estates/" + estateA + "/areas/" + first).with(csrf()).with(fixtures.as(township)))
                .andExpect(status().isUnprocessableContent());
        long area = newArea(estateA, "二区");
        mvc.perform(delete("/api/v1/estates/" + estateA + "/areas/" + first).with(csrf()).with(fixtures.as(township)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        mvc.perform(delete("/api/v1/estates/" + estateA + "/areas/" + area).with(csrf()).with(fixtures.as(township)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from reg_management_area where estate_id = ?").param(estateA)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTownshipCannotSeeOrSplitAnEstateOutsideItsArea() throws Exception {
        long foreignArea = jdbc.sql("select reg_default_area(?)").param(estateB).query(Long.class).single();
        mvc.perform(get("/api/v1/estates/" + estateB + "/areas").with(fixtures.as(township)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/estates/" + estateB + "/areas/" + foreignArea).with(fixtures.as(township)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/estates/" + estateA + "/areas/" + foreignArea).with(fixtures.as(township)))
                .andExpect(status().isNotFound());
        long own = jdbc.sql("select reg_default_area(?)").param(estateA).query(Long.class).single();
        mvc.perform(get("/api/v1/estates/" + estateA + "/areas/" + own).with(fixtures.as(township)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("甲小区"));
        mvc.perform(json(post("/api/v1/estates/" + estateB + "/areas"), "{\"name\":\"越界\"}").with(fixtures.as(township)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/estates/" + estateB + "/areas/" + foreignArea), "{\"name\":\"越界\"}")
                        .with(fixtures.as(township)))
                .andExpect(status().isNotFound());
        // an area of another estate through an estate of one's own: not found either
        mvc.perform(json(put("/api/v1/estates/" + estateA + "/areas/" + foreignArea), "{\"name\":\"越界\"}")
                        .with(fixtures.as(township)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from reg_management_area where estate_id = ?").param(estateB)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCountySplitsACommunityCompanyOrCommitteeCannot() throws Exception {
        long countyId = jdbc.sql("select parent_id from reg_region where id = ?").param(townA).query(Long.class).single();
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyId, null, null, null, null));
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/areas"), "{\"name\":\"县定区\"}").with(fixtures.as(county)))
                .andExpect(status().isCreated());
        String community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        long company = fixtures.company(fixtures.unique("物业"), fixtures.unique("9141000000"), estateA);
        String manager = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        for (String user : new String[] {community, committee, manager}) {
            mvc.perform(get("/api/v1/estates/" + estateA + "/areas").with(fixtures.as(user)))
                    .andExpect(status().isOk());
            mvc.perform(json(post("/api/v1/estates/" + estateA + "/areas"), "{\"name\":\"私划\"}").with(fixtures.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from reg_management_area where estate_id = ?").param(estateA)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void thePageListsAreasAndOffersTheSplitToTheTownshipOnly() throws Exception {
        mvc.perform(get("/console/estates/" + estateA + "/areas").with(fixtures.as(township)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"area-move\"")));
        mvc.perform(post("/console/estates/" + estateA + "/areas").param("name", "北区").with(csrf())
                        .with(fixtures.as(township)))
                .andExpect(status().is3xxRedirection());
        String community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        mvc.perform(get("/console/estates/" + estateA + "/areas").with(fixtures.as(community)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("北区")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"area-move\""))));
    }

    private long newArea(long estate, String name) throws Exception {
        String body = mvc.perform(json(post("/api/v1/estates/" + estate + "/areas"), "{\"name\":\"" + name + "\"}")
                        .with(fixtures.as(township)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
