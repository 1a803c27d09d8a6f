package org.anju.region.importing;

import java.io.ByteArrayInputStream;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegisterExportTests extends IntegrationTest {

    long town;
    long estate;
    String clerk;
    String id = RegisterFiles.personId();

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", "甲镇");
        estate = fixtures.estate(fixtures.region(town, "COMMUNITY", "甲社区"), "导出小区");
        long building = fixtures.building(estate, "1号楼");
        long h1 = fixtures.house(building, "1", "101", "88.50");
        long h2 = fixtures.house(building, "1", "102", "90.25");
        fixtures.owner("张三", id, "13812345678", h1, h2);
        fixtures.house(building, "2", "201", "70.00");
        long otherTown = fixtures.region(county, "TOWNSHIP", "乙镇");
        long foreign = fixtures.estate(fixtures.region(otherTown, "COMMUNITY", "乙社区"), "外镇小区");
        fixtures.owner("外镇业主", RegisterFiles.personId(), null,
                fixtures.house(fixtures.building(foreign, "9号楼"), "", "1", "50"));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void theOwnersExportHoldsTheJurisdictionsOwnersMasked() throws Exception {
        Sheet sheet = export("/console/owners/export");
        assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("证件号码");
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        Row owner = sheet.getRow(1);
        assertThat(owner.getCell(1).getStringCellValue()).isEqualTo("张三");
        assertThat(owner.getCell(2).getStringCellValue())
                .isEqualTo(id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id.substring(6, 14));
        assertThat(owner.getCell(3).getStringCellValue()).isEqualTo("138****5678");
        assertThat(owner.getCell(4).getNumericCellValue()).isEqualTo(2);
    }

    @Test
    void theHousesExportFollowsTheListFilters() throws Exception {
        Sheet sheet = export("/console/houses/export?estateId=" + estate + "&keyword=10");
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("101");
        assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(88.5);
        assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("张三");
    }

    @Test
    void theEstatesAndBuildingsExportsHoldOnlyTheJurisdiction() throws Exception {
        Sheet estates = export("/console/estates/export?townshipId=" + town);
        assertThat(estates.getLastRowNum()).isEqualTo(1);
        assertThat(estates.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出小区");
        Sheet buildings = export("/console/buildings/export?estateId=" + estate);
        assertThat(buildings.getLastRowNum()).isEqualTo(1);
        assertThat(buildings.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(3);
    }

    @Test
    void anEstatesRegisterComesOutInTheTemplatesColumnsMasked() throws Exception {
        mvc.perform(get("/console/estates/" + estate + "/export").with(fixtures.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(
                        "filename*=UTF-8''%E5%AF%BC%E5%87%BA%E5%B0%8F%E5%8C%BA-")));
        Sheet sheet = export("/console/estates/" + estate + "/export");
        for (int i = 0; i < 8; i++) {
            assertThat(sheet.getRow(0).getCell(i).getStringCellValue()).isEqualTo(RegisterFiles.HEADER[i]);
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(3);
        assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).contains("********");
        assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("201");
        assertThat(sheet.getRow(3).getCell(5)).isNull();
    }

    @Test
    void anEstateOutsideTheJurisdictionIsNotExported() throws Exception {
        String other = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(
                fixtures.region(fixtures.region(null, "COUNTY", fixtures.unique("县")), "TOWNSHIP", "丙镇"),
                null, null, null, null));
        mvc.perform(get("/console/estates/" + estate + "/export").with(fixtures.as(other)))
                .andExpect(status().isNotFound());
        Sheet owners = export("/console/owners/export?estateId=" + estate, other);
        assertThat(owners.getLastRowNum()).isZero();
    }

    private Sheet export(String url) throws Exception {
        return export(url, clerk);
    }

    private Sheet export(String url, String account) throws Exception {
        byte[] body = mvc.perform(get(url).with(fixtures.as(account)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
    }
}
