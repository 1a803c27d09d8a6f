package org.anju.region;

import java.util.List;
import org.anju.IntegrationTest;
import org.anju.fund.DeveloperCharges;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 新交付楼栋登记 (decision 0029): a delivered building's houses have no owner, so the developer is charged for them. */
class DeliveredBuildingTests extends IntegrationTest {

    static final String NINE = """
            {"name":"9号楼","sections":2,"floors":3,"housesPerFloor":2,"exclusiveArea":89.50,"hasLift":true}""";

    @Autowired
    DeveloperCharges charges;

    @Autowired
    JsonMapper json;

    long townA;
    long communityA;
    long estateA;
    long estateB;
    long soldHouse;
    String township;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        soldHouse = fixtures.house(fixtures.building(estateA, "1号楼"), "1", "101", "88.50");
        fixtures.owner("甲业主", fixtures.unique("4109271990"), "13800000000", soldHouse);
        township = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
    }

    @Test
    void theTownshipRegistersADeliveredBuildingWhoseHousesAreTheDevelopersUnsoldHouses() throws Exception {
        String body = mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), NINE).with(fixtures.as(township)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/buildings/")))
                .andExpect(jsonPath("$.name").value("9号楼"))
                .andExpect(jsonPath("$.houses").value(12))
                .andExpect(jsonPath("$.floors").value(3))
                .andExpect(jsonPath("$.hasLift").value(true))
                .andReturn().getResponse().getContentAsString();
        long building = json.readTree(body).get("id").asLong();
        assertThat(jdbc.sql("select section || '-' || number from reg_house where building_id = ? order by id")
                .param(building).query(String.class).list())
                .containsExactly("1-101", "1-102", "1-201", "1-202", "1-301", "1-302",
                        "2-101", "2-102", "2-201", "2-202", "2-301", "2-302");
        assertThat(jdbc.sql("""
                        select count(*) from reg_house h where h.building_id = ? and h.exclusive_area = 89.50
                          and h.built_year = extract(year from current_date)
                          and not exists (select 1 from reg_ownership o where o.house_id = h.id)""")
                .param(building).query(Long.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select management_area_id = reg_default_area(estate_id) from reg_building where id = ?")
                .param(building).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'building' and entity_id = ?")
                .param(String.valueOf(building)).query(Long.class).single()).isEqualTo(1);
        // the fund sees them as the developer's: only the 12 new houses, never the sold one
        assertThat(charges.unsoldToCharge(estateA)).isEqualTo(12);
    }

    @Test
    void badFieldsAnswer400NamingEachAndWriteNothing() throws Exception {
        String bad = """
                {"name":" ","sections":0,"floors":61,"housesPerFloor":13,"exclusiveArea":89.505,"builtYear":1899}""";
        String answer = mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), bad)
                        .with(fixtures.as(township)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(answer)).containsExactlyInAnyOrder("name", "sections", "floors", "housesPerFloor",
                "exclusiveArea", "builtYear");
        String other = """
                {"name":"9号楼","sections":1,"floors":1,"housesPerFloor":1,"exclusiveArea":1001,"builtYear":2999}""";
        answer = mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), other).with(fixtures.as(township)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fields(answer)).containsExactlyInAnyOrder("exclusiveArea", "builtYear");
        long foreignArea = jdbc.sql("select reg_default_area(?)").param(estateB).query(Long.class).single();
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"),
                        NINE.replace("}", ",\"areaId\":" + foreignArea + "}")).with(fixtures.as(township)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), NINE.replace("9号楼", "1号楼"))
                        .with(fixtures.as(township)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(buildingsAndHouses(estateA)).containsExactly(1L, 1L);
    }

    @Test
    void aChosenAreaOfTheEstateTakesTheBuilding() throws Exception {
        long area = fixtures.area(estateA, "二期");
        String body = mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"),
                        NINE.replace("}", ",\"areaId\":" + area + ",\"builtYear\":2025}")).with(fixtures.as(township)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long building = json.readTree(body).get("id").asLong();
        assertThat(jdbc.sql("select management_area_id from reg_building where id = ?").param(building)
                .query(Long.class).single()).isEqualTo(area);
    }

    @Test
    void onlyTheCountyTownshipOrCommunityOfTheEstateMayRegister() throws Exception {
        String other = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(
                jdbc.sql("select parent_id from reg_region r where r.id = (select community_id from reg_estate where id = ?)")
                        .param(estateB).query(Long.class).single(), null, null, null, null));
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), NINE).with(fixtures.as(other)))
                .andExpect(status().isNotFound());
        long company = fixtures.company(fixtures.unique("物业"), fixtures.unique("9141000000"), estateA);
        String manager = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        long owner = jdbc.sql("select owner_id from reg_ownership where house_id = ?").param(soldHouse)
                .query(Long.class).single();
        String ownerAccount = fixtures.account(Role.OWNER, new Binding(null, null, null, null, owner));
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        for (String user : new String[] {manager, ownerAccount, committee}) {
            mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), NINE).with(fixtures.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(buildingsAndHouses(estateA)).containsExactly(1L, 1L);
        String community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        mvc.perform(json(post("/api/v1/estates/" + estateA + "/buildings"), NINE).with(fixtures.as(community)))
                .andExpect(status().isCreated());
        long countyId = jdbc.sql("select parent_id from reg_region where id = ?").param(townA).query(Long.class).single();
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyId, null, null, null, null));
        mvc.perform(json(post("/api/v1/estates/" + estateB + "/buildings"), NINE).with(fixtures.as(county)))
                .andExpect(status().isCreated());
        assertThat(buildingsAndHouses(estateA)).containsExactly(2L, 13L);
    }

    @Test
    void theTownshipRegistersFromTheEstatePageAndSeesItsErrors() throws Exception {
        mvc.perform(get("/console/estates/" + estateA).with(fixtures.as(township)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delivered-form\"")))
                .andExpect(content().string(containsString("登记新交付楼栋")));
        mvc.perform(post("/console/estates/" + estateA + "/buildings").with(fixtures.as(township)).with(csrf())
                        .param("name", "10号楼").param("sections", "1").param("floors", "6")
                        .param("housesPerFloor", "2").param("exclusiveArea", "96.3").param("hasLift", "on")
                        .param("builtYear", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/estates/" + estateA))
                .andExpect(flash().attribute("flash", "delivered.created"));
        assertThat(jdbc.sql("""
                        select count(*) from reg_house h join reg_building b on b.id = h.building_id
                        where b.estate_id = ? and b.name = '10号楼' and b.has_lift""")
                .param(estateA).query(Long.class).single()).isEqualTo(12);
        mvc.perform(post("/console/estates/" + estateA + "/buildings").with(fixtures.as(township)).with(csrf())
                        .param("name", "11号楼").param("sections", "x").param("floors", "6")
                        .param("housesPerFloor", "2").param("exclusiveArea", "九十"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"delivered-errors\"")))
                .andExpect(content().string(containsString("单元数应为 1 到 20 的整数")))
                .andExpect(content().string(containsString("value=\"11号楼\"")));
        long company = fixtures.company(fixtures.unique("物业"), fixtures.unique("9141000000"), estateA);
        String manager = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        mvc.perform(get("/console/estates/" + estateA).with(fixtures.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"delivered-form\""))));
    }

    private List<Long> buildingsAndHouses(long estate) {
        return List.of(
                jdbc.sql("select count(*) from reg_building where estate_id = ?").param(estate).query(Long.class).single(),
                jdbc.sql("select count(*) from reg_house where estate_id = ?").param(estate).query(Long.class).single());
    }

    private List<String> fields(String problem) {
        List<String> names = new java.util.ArrayList<>();
        json.readTree(problem).get("errors").forEach(e -> names.add(e.get("field").asString()));
        return names;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
