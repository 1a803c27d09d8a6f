package org.anju.region.web;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.Masking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register's console pages: jurisdiction, filters, paging, the 新增 form and the detail page. */
class RegisterPagesTests extends IntegrationTest {

    long townA;
    long townB;
    long communityA1;
    long communityA2;
    long estateA1;
    long estateA2;
    long estateB;
    String a1;
    String a2;
    String b;
    String clerk;
    String idNumber;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        townB = fixtures.region(county, "TOWNSHIP", fixtures.unique("乙镇"));
        communityA1 = fixtures.region(townA, "COMMUNITY", fixtures.unique("甲一社区"));
        communityA2 = fixtures.region(townA, "COMMUNITY", fixtures.unique("甲二社区"));
        long communityB = fixtures.region(townB, "COMMUNITY", fixtures.unique("乙社区"));
        a1 = fixtures.unique("甲一小区");
        a2 = fixtures.unique("甲二小区");
        b = fixtures.unique("乙小区");
        estateA1 = fixtures.estate(communityA1, a1);
        estateA2 = fixtures.estate(communityA2, a2);
        estateB = fixtures.estate(communityB, b);
        long buildingA = fixtures.building(estateA1, "1号楼");
        long house = fixtures.house(buildingA, "1", "101", "88.50");
        fixtures.house(buildingA, "1", "102", "90.25");
        idNumber = fixtures.unique("4109271990");
        fixtures.owner("张甲", idNumber, "13812345678", house);
        long buildingB = fixtures.building(estateB, "9号楼");
        long houseB = fixtures.house(buildingB, "1", "909", "70.00");
        fixtures.owner("李乙", fixtures.unique("4109271992"), "13987654321", houseB);
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
    }

    @Test
    void theEstateListOfATownshipShowsOnlyItsEstates() throws Exception {
        mvc.perform(get("/console/estates").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(a1)))
                .andExpect(content().string(containsString(a2)))
                .andExpect(content().string(not(containsString(b))))
                .andExpect(content().string(containsString("共 2 条")))
                .andExpect(content().string(containsString("178.75")))
                .andExpect(content().string(containsString("id=\"estate-new\"")));
    }

    @Test
    void filtersNarrowTheEstateListAndStayInTheExportLink() throws Exception {
        mvc.perform(get("/console/estates").param("communityId", String.valueOf(communityA2)).with(fixtures.as(clerk)))
                .andExpect(content().string(containsString(a2)))
                .andExpect(content().string(not(containsString(a1))))
                .andExpect(content().string(containsString("/console/estates/export?communityId=" + communityA2)));
        mvc.perform(get("/console/estates").param("keyword", a1.substring(4)).with(fixtures.as(clerk)))
                .andExpect(content().string(containsString(a1)))
                .andExpect(content().string(not(containsString(a2))));
        // A township outside the jurisdiction narrows nothing into view.
        mvc.perform(get("/console/estates").param("townshipId", String.valueOf(townB)).with(fixtures.as(clerk)))
                .andExpect(content().string(not(containsString(b))))
                .andExpect(content().string(containsString("共 0 条")));
    }

    @Test
    void theListHonoursPageSizesOfTenTwentyAndFifty() throws Exception {
        for (int i = 0; i < 11; i++) {
            fixtures.estate(communityA1, fixtures.unique("批量小区"));
        }
        assertThat(rows(get("/console/estates").param("size", "10"))).isEqualTo(10);
        assertThat(rows(get("/console/estates").param("size", "10").param("page", "1"))).isEqualTo(2);
        assertThat(rows(get("/console/estates").param("size", "20"))).isEqualTo(12);
        assertThat(rows(get("/console/estates").param("size", "50"))).isEqualTo(12);
        mvc.perform(get("/console/estates").param("size", "10").param("communityId", String.valueOf(communityA1))
                        .with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("共 12 条")))
                .andExpect(content().string(containsString("1 / 2")))
                .andExpect(content().string(containsString("page=1&amp;size=10&amp;communityId=" + communityA1)));
    }

    @Test
    void buildingHouseAndOwnerListsShowOnlyTheTownshipsRowsWithMaskedOwners() throws Exception {
        mvc.perform(get("/console/buildings").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1号楼")))
                .andExpect(content().string(not(containsString("9号楼"))));
        mvc.perform(get("/console/houses").param("estateId", String.valueOf(estateA1)).with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("102")))
                .andExpect(content().string(not(containsString("909"))))
                .andExpect(content().string(containsString("共 2 条")));
        mvc.perform(get("/console/owners").with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("张甲")))
                .andExpect(content().string(containsString(Masking.idNumber(idNumber))))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString(idNumber))))
                .andExpect(content().string(not(containsString("李乙"))));
    }

    @Test
    void theCascadeOffersOnlyCommunitiesInReach() throws Exception {
        mvc.perform(get("/console/regions/options").param("parentId", String.valueOf(townA)).with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("甲一社区")))
                .andExpect(content().string(containsString("甲二社区")));
        mvc.perform(get("/console/regions/options").param("townshipId", String.valueOf(townB)).with(fixtures.as(clerk)))
                .andExpect(content().string(not(containsString("乙社区"))));
        mvc.perform(get("/console/regions/estates").param("communityId", String.valueOf(communityA1)).with(fixtures.as(clerk)))
                .andExpect(content().string(containsString(a1)))
                .andExpect(content().string(not(containsString(a2))));
    }

    @Test
    void anEstateOutsideTheJurisdictionIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/console/estates/" + estateB).with(fixtures.as(clerk)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("记录不存在或不在您的管辖范围内")));
        mvc.perform(get("/console/estates/" + estateB + "/houses").with(fixtures.as(clerk)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEstatePageShowsItsFactsAndTabs() throws Exception {
        mvc.perform(get("/console/estates/" + estateA1).with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"estate-name\">" + a1)))
                .andExpect(content().string(containsString("178.75 m²")))
                .andExpect(content().string(containsString("/console/estates/" + estateA1 + "/import")))
                .andExpect(content().string(containsString("/console/estates/" + estateA1 + "/houses")));
        mvc.perform(get("/console/estates/" + estateA1 + "/houses").param("size", "10").with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("id=\"houses-table\"")))
                // The tab's pager reloads only the tab.
                .andExpect(content().string(containsString("hx-get=\"/console/estates/" + estateA1 + "/houses\"")))
                .andExpect(content().string(containsString("101")))
                .andExpect(content().string(containsString("张甲")));
        mvc.perform(get("/console/estates/" + estateA1 + "/buildings").with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("1号楼")));
        mvc.perform(get("/console/estates/" + estateA1 + "/owners").with(fixtures.as(clerk)))
                .andExpect(content().string(containsString(Masking.idNumber(idNumber))));
    }

    @Test
    void aReadOnlyRoleSeesNeitherNewNorImportAndCannotOpenTheForm() throws Exception {
        long company = fixtures.company(fixtures.unique("物业公司"), fixtures.unique("9141"), estateA1);
        String manager = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        mvc.perform(get("/console/estates").with(fixtures.as(manager)))
                .andExpect(content().string(containsString(a1)))
                .andExpect(content().string(not(containsString("id=\"estate-new\""))));
        mvc.perform(get("/console/estates/" + estateA1).with(fixtures.as(manager)))
                .andExpect(content().string(not(containsString("id=\"estate-import\""))));
        mvc.perform(get("/console/estates/new").with(fixtures.as(manager))).andExpect(status().isForbidden());
    }

    @Test
    void theNewEstateFormShowsChineseErrorsAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from reg_estate").query(Long.class).single();
        mvc.perform(post("/console/estates").with(fixtures.as(clerk)).with(csrf())
                        .param("name", "").param("communityId", "").param("builtYear", "19x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写小区名称")))
                .andExpect(content().string(containsString("请选择所属社区")))
                .andExpect(content().string(containsString("建成年代应为四位数字年份")));
        long foreign = fixtures.region(townB, "COMMUNITY", fixtures.unique("丙社区"));
        // A community outside the jurisdiction (only a forged form can name one) is refused, whatever the page.
        mvc.perform(post("/console/estates").with(fixtures.as(clerk)).with(csrf())
                        .param("name", "越界小区").param("communityId", String.valueOf(foreign)))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/console/estates").with(fixtures.as(clerk)).with(csrf())
                        .param("name", a1).param("communityId", String.valueOf(communityA1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("该社区已有同名小区")));
        assertThat(jdbc.sql("select count(*) from reg_estate").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theNewEstateFormCreatesAndOpensTheEstate() throws Exception {
        String name = fixtures.unique("新建小区");
        mvc.perform(get("/console/estates/new").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲一社区")))
                .andExpect(content().string(not(containsString("乙社区"))));
        mvc.perform(post("/console/estates").with(fixtures.as(clerk)).with(csrf())
                        .param("name", name).param("communityId", String.valueOf(communityA2))
                        .param("builtYear", "2001").param("legacy", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/console/estates/*"))
                .andExpect(flash().attribute("flash", "estate.created"));
        long id = jdbc.sql("select id from reg_estate where name = ?").param(name).query(Long.class).single();
        mvc.perform(get("/console/estates/" + id + "/history").with(fixtures.as(clerk)))
                .andExpect(content().string(containsString("新增小区 " + name)))
                .andExpect(content().string(containsString(clerk)));
    }

    @Test
    void everyPageHasAllItsTextsInChineseAndEnglish() throws Exception {
        long owner = fixtures.ownerWithIdNumber(idNumber);
        for (String lang : new String[] {"zh_CN", "en"}) {
            for (String page : new String[] {"/console/estates", "/console/estates/new", "/console/estates/" + estateA1,
                    "/console/estates/" + estateA1 + "/houses", "/console/estates/" + estateA1 + "/history",
                    "/console/buildings", "/console/houses", "/console/owners", "/console/owners/" + owner}) {
                mvc.perform(get(page).param("lang", lang).with(fixtures.as(clerk)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
    }

    private long rows(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String html = mvc.perform(request.param("communityId", String.valueOf(communityA1)).with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return html.split("data-id=\"", -1).length - 1;
    }

}
