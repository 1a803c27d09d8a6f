package org.anju.region.web;

import java.io.ByteArrayInputStream;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PIPL right of access: an owner sees their own full data and houses, who else read their record,
 * and downloads it all; every one of these reads is audited, and no one else gets in.
 */
class MeTests extends IntegrationTest {

    long owner;
    long neighbour;
    String idNumber;
    String ownerAccount;
    String neighbourAccount;
    String clerk;
    String clerkName;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        long estate = fixtures.estate(fixtures.region(town, "COMMUNITY", fixtures.unique("社区")), fixtures.unique("小区"));
        long building = fixtures.building(estate, "5号楼");
        long shared = fixtures.house(building, "1", "501", "120.50");
        idNumber = fixtures.unique("4109271980");
        owner = fixtures.owner("赵业主", idNumber, "13611112222", shared);
        // A co-owner of the same house: a third party to the owner, so named only by surname.
        jdbc.sql("insert into reg_ownership (house_id, owner_id) values (?, ?)")
                .params(shared, fixtures.owner("钱共有", fixtures.unique("4109271981"), "13633334444")).update();
        neighbour = fixtures.owner("孙邻居", fixtures.unique("4109271982"), "13655556666",
                fixtures.house(building, "1", "502", "99.00"));
        ownerAccount = fixtures.account(Role.OWNER, new Binding(null, null, null, null, owner));
        neighbourAccount = fixtures.account(Role.OWNER, new Binding(null, null, null, null, neighbour));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        clerkName = jdbc.sql("select display_name from idn_account where username = ?").param(clerk)
                .query(String.class).single();
    }

    private void clerkReveals(long whom, String reason) throws Exception {
        mvc.perform(post("/api/v1/owners/" + whom + "/personal-data").with(fixtures.as(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + reason + "\"}"))
                .andExpect(status().isOk());
    }

    private long entries(String action, long whom) {
        return jdbc.sql("select count(*) from idn_audit_event where action = ? and entity_type = 'owner' and entity_id = ?")
                .params(action, String.valueOf(whom)).query(Long.class).single();
    }

    @Test
    void anOwnerSeesTheirOwnFullDataWithCoOwnersMaskedAndTheReadIsAudited() throws Exception {
        long before = entries("SELF_ACCESS", owner);
        mvc.perform(get("/api/v1/me/personal-data").with(fixtures.as(ownerAccount)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(owner))
                .andExpect(jsonPath("$.idNumber").value(idNumber))
                .andExpect(jsonPath("$.phone").value("13611112222"))
                .andExpect(jsonPath("$.houses", hasSize(1)))
                .andExpect(jsonPath("$.houses[0].number").value("501"))
                .andExpect(jsonPath("$.houses[0].coOwners[0]").value("钱**"))
                .andExpect(content().string(not(containsString("钱共有"))))
                .andExpect(content().string(not(containsString("孙邻居"))));
        assertThat(entries("SELF_ACCESS", owner)).isEqualTo(before + 1);
        assertThat(entries("REVEAL", owner)).isZero();
    }

    @Test
    void theAccessLogNamesTheOfficialTheirRoleAndReasonAndNeverAnotherOwnersReads() throws Exception {
        clerkReveals(owner, "核实业主身份办理维修资金");
        clerkReveals(neighbour, "邻居的事由不应出现");
        mvc.perform(get("/api/v1/me/access-log").with(fixtures.as(ownerAccount)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].action").value("REVEAL"))
                .andExpect(jsonPath("$.content[0].actor").value(clerk))
                .andExpect(jsonPath("$.content[0].actorName").value(clerkName))
                .andExpect(jsonPath("$.content[0].actorRole").value("TOWNSHIP_OFFICE"))
                .andExpect(jsonPath("$.content[0].reason").value("核实业主身份办理维修资金"));
        mvc.perform(get("/api/v1/me/access-log").with(fixtures.as(neighbourAccount)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].reason").value("邻居的事由不应出现"));
        // The owner's own reads are theirs to know; the log lists what others did.
        mvc.perform(get("/api/v1/me/personal-data").with(fixtures.as(ownerAccount))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/access-log").with(fixtures.as(ownerAccount)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void thePageShowsHousesFullDataAndTheAccessLogInBothLanguages() throws Exception {
        clerkReveals(owner, "核实业主身份以备案");
        mvc.perform(get("/console/me").with(fixtures.as(ownerAccount)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(idNumber)))
                .andExpect(content().string(containsString("13611112222")))
                .andExpect(content().string(containsString("501")))
                .andExpect(content().string(containsString("钱**")))
                .andExpect(content().string(containsString("谁查看了我的个人信息")))
                .andExpect(content().string(containsString(clerkName)))
                .andExpect(content().string(containsString("乡镇办")))
                .andExpect(content().string(containsString("核实业主身份以备案")))
                .andExpect(content().string(containsString("/console/me/export?format=xlsx")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/console/me").param("lang", "en").with(fixtures.as(ownerAccount)))
                .andExpect(content().string(containsString("Who accessed my personal data")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theExportHoldsEverythingInJsonAndXlsxAndIsAudited() throws Exception {
        clerkReveals(owner, "核实业主身份以备案");
        long before = entries("SELF_EXPORT", owner);
        mvc.perform(get("/api/v1/me/personal-data/export").with(fixtures.as(ownerAccount)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.owner.idNumber").value(idNumber))
                .andExpect(jsonPath("$.owner.houses[0].coOwners[0]").value("钱**"))
                .andExpect(jsonPath("$.accessLog[0].reason").value("核实业主身份以备案"));
        byte[] xlsx = mvc.perform(get("/console/me/export").param("format", "xlsx").with(fixtures.as(ownerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo(idNumber);
            assertThat(book.getSheetAt(1).getRow(1).getCell(6).getStringCellValue()).isEqualTo("钱**");
            assertThat(book.getSheetAt(2).getRow(1).getCell(4).getStringCellValue()).isEqualTo("核实业主身份以备案");
        }
        assertThat(entries("SELF_EXPORT", owner)).isEqualTo(before + 2);
    }

    @Test
    void noOtherRoleHasAnOwnRecord() throws Exception {
        for (String path : new String[] {"/api/v1/me/personal-data", "/api/v1/me/access-log",
                "/api/v1/me/personal-data/export"}) {
            mvc.perform(get(path).with(fixtures.as(clerk))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/console/me").with(fixtures.as(clerk))).andExpect(status().isForbidden());
    }
}
