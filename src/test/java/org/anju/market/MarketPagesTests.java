package org.anju.market;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.anju.market.MarketApiTests.TODAY;
import static org.anju.market.MarketApiTests.creditCode;
import static org.anju.market.MarketApiTests.json;
import static org.anju.market.MarketApiTests.pdf;
import static org.anju.market.MarketApiTests.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The market's pages for the county, the township and the company: they render, and refused forms say why. */
class MarketPagesTests extends IntegrationTest {

    long estateA;
    long freeEstate;
    long companyA;
    long companyB;
    long projectA;
    String county;
    String clerkA;
    String firmA;

    @BeforeEach
    void market() {
        long countyId = fixtures.region(null, "COUNTY", fixtures.unique("页面县"));
        long townA = fixtures.region(countyId, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(countyId, "TOWNSHIP", "乙镇");
        long community = fixtures.region(townA, "COMMUNITY", "甲社区");
        estateA = fixtures.estate(community, "甲苑");
        freeEstate = fixtures.estate(community, "空苑");
        companyA = fixtures.company(fixtures.unique("甲物业"), creditCode(), estateA);
        companyB = fixtures.company(fixtures.unique("乙物业"), creditCode(),
                fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙苑"));
        projectA = jdbc.sql("select id from mkt_project where company_id = ?").param(companyA).query(Long.class).single();
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyId, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        firmA = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
    }

    @Test
    void everyListRendersForEachRole() throws Exception {
        for (String user : new String[] {county, clerkA, firmA}) {
            for (String path : new String[] {"/console/companies", "/console/projects", "/console/contracts",
                    "/console/contracts/todo", "/console/companies/" + companyA, "/console/projects/" + projectA}) {
                mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk())
                        .andExpect(content().string(containsString("物业服务合同")));
            }
        }
        mvc.perform(get("/console/companies/" + companyB).with(fixtures.as(firmA))).andExpect(status().isNotFound());
    }

    @Test
    void aCompanyFilesUploadsAndTheCountyAcceptsThroughThePages() throws Exception {
        mvc.perform(post("/console/projects/" + projectA + "/contracts").with(csrf()).with(fixtures.as(firmA))
                        .param("kind", "REGULAR").param("signedOn", TODAY.toString())
                        .param("startsOn", TODAY.plusDays(10).toString()).param("endsOn", TODAY.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("合同结束日期不能早于开始日期")));
        mvc.perform(post("/console/projects/" + projectA + "/contracts").with(csrf()).with(fixtures.as(firmA))
                        .param("kind", "REGULAR").param("signedOn", TODAY.toString())
                        .param("startsOn", TODAY.toString()).param("endsOn", TODAY.plusYears(3).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/console/contracts/*"));
        long id = jdbc.sql("select id from mkt_contract where project_id = ?").param(projectA).query(Long.class).single();
        mvc.perform(get("/console/contracts/" + id).with(fixtures.as(firmA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("contract-upload-save")))
                .andExpect(content().string(not(containsString("contract-accept"))));
        mvc.perform(upload(id, pdf()).with(fixtures.as(firmA))).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/console/contracts/" + id + "/file").file(pdf()).with(csrf()).with(fixtures.as(firmA)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/contracts/" + id).with(fixtures.as(county)))
                .andExpect(content().string(containsString("contract-accept")));
        mvc.perform(get("/console/contracts/" + id + "/file").with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(post("/console/contracts/" + id + "/accept").with(csrf()).with(fixtures.as(county)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from mkt_contract where id = ?").param(id).query(String.class).single())
                .isEqualTo("ACCEPTED");
        mvc.perform(post("/console/contracts/" + id + "/termination").with(csrf()).with(fixtures.as(clerkA))
                        .param("kind", "DISMISSAL").param("noticeOn", TODAY.toString())
                        .param("terminatesOn", TODAY.plusDays(30).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("须提前 60 日书面通知")));
    }

    @Test
    void theCountyRegistersABarsACompanyAndTheTownshipStartsAProjectThroughThePages() throws Exception {
        mvc.perform(post("/console/companies").with(csrf()).with(fixtures.as(county))
                        .param("name", "页面物业").param("creditCode", "91410927MA0000000X"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("统一社会信用代码无效")));
        mvc.perform(post("/console/companies").with(csrf()).with(fixtures.as(county))
                        .param("name", "页面物业").param("creditCode", creditCode()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/companies/" + companyA + "/staff").with(csrf()).with(fixtures.as(firmA))
                        .param("name", "赵电工").param("position", "电工").param("skillLevel", "4")
                        .param("certificateNo", "C-001"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/companies/" + companyA).with(fixtures.as(firmA)))
                .andExpect(content().string(containsString("四级/中级工")));
        mvc.perform(get("/console/projects/new").with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(post("/console/projects").with(csrf()).with(fixtures.as(clerkA))
                        .param("companyId", String.valueOf(companyA)).param("estateId", String.valueOf(freeEstate))
                        .param("startsOn", TODAY.toString()).param("feeName", "物业服务费", "", "")
                        .param("feePrice", "abc", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("单价应为 0 至 1000")));
        mvc.perform(post("/console/companies/" + companyA + "/bar").with(csrf()).with(fixtures.as(county))
                        .param("reason", "拒不退出"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/market")).andExpect(status().isOk())
                .andExpect(content().string(containsString("拒不退出")));
        mvc.perform(post("/console/projects").with(csrf()).with(fixtures.as(clerkA))
                        .param("companyId", String.valueOf(companyA)).param("estateId", String.valueOf(freeEstate))
                        .param("startsOn", TODAY.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("被限制承接新项目")));
        mvc.perform(post("/console/projects").with(csrf()).with(fixtures.as(clerkA))
                        .param("companyId", String.valueOf(companyB)).param("estateId", String.valueOf(freeEstate))
                        .param("startsOn", TODAY.toString()).param("managerName", "孙八")
                        .param("feeName", "物业服务费", "").param("feePrice", "0.95", ""))
                .andExpect(status().is3xxRedirection());
        String price = jdbc.sql("select unit_price::text from mkt_fee_item f join mkt_project p on p.id = f.project_id"
                + " where p.estate_id = ?").param(freeEstate).query(String.class).single();
        assertThat(price).isEqualTo("0.95");
    }
}
