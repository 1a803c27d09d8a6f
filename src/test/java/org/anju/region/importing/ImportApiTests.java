package org.anju.region.importing;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.anju.region.importing.RegisterFiles.creditCode;
import static org.anju.region.importing.RegisterFiles.personId;
import static org.anju.region.importing.RegisterFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ImportApiTests extends IntegrationTest {

    long town;
    long community;
    long estate;
    String clerk;

    @BeforeEach
    void estate() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        town = fixtures.region(county, "TOWNSHIP", "甲镇");
        community = fixtures.region(town, "COMMUNITY", "甲社区");
        estate = fixtures.estate(community, "甲小区");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    ResultActions upload(String account, long estateId, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/estates/" + estateId + "/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(fixtures.as(account)).with(csrf()));
    }

    long count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Long.class).single();
    }

    long[] registerCounts() {
        return new long[] {count("select count(*) from reg_building"), count("select count(*) from reg_house"),
                count("select count(*) from reg_owner"), count("select count(*) from reg_ownership")};
    }

    @Test
    void aGoodXlsxWritesEveryRowWithOneAuditEntry() throws Exception {
        String company = creditCode();
        upload(clerk, estate, "登记册.xlsx", RegisterFiles.xlsx(
                        row("1号楼", "1", "101", "88.5", "住宅", "张三", personId(), "13812345678"),
                        row("1号楼", "1", "102", "90.25", "住宅", "李四", personId().replace('X', 'x'), ""),
                        row("2号楼", "", "商铺01", "120", "商业", "台前县某某商贸有限公司", company, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.buildings").value(2))
                .andExpect(jsonPath("$.houses").value(3))
                .andExpect(jsonPath("$.owners").value(3))
                .andExpect(jsonPath("$.ownerships").value(3));
        assertThat(count("select count(*) from reg_house where estate_id = ?", estate)).isEqualTo(3);
        assertThat(count("select count(*) from reg_house where estate_id = ? and section = '' and use = 'COMMERCIAL'"
                + " and exclusive_area = 120.00", estate)).isEqualTo(1);
        assertThat(jdbc.sql("select kind from reg_owner where id = ?").param(fixtures.ownerWithIdNumber(company)).query(String.class)
                .single()).isEqualTo("ORGANIZATION");
        assertThat(count("select count(*) from idn_audit_event where action = 'IMPORT' and entity_type = 'estate'"
                + " and entity_id = ?", String.valueOf(estate))).isEqualTo(1);
    }

    @Test
    void coOwnersAndATwoHouseOwnerBecomeOneOwnerEach() throws Exception {
        String husband = personId();
        String wife = personId();
        upload(clerk, estate, "a.xlsx", RegisterFiles.xlsx(
                        row("3号楼", "2", "201", "100.00", "住宅", "王五", husband, "13900000001"),
                        row("3号楼", "2", "201", "100", "住宅", "赵六", wife, ""),
                        row("3号楼", "2", "202", "95.5", "住宅", "王五", husband, "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.houses").value(2))
                .andExpect(jsonPath("$.owners").value(2))
                .andExpect(jsonPath("$.ownerships").value(3));
        assertThat(count("""
                select count(*) from reg_ownership w where w.owner_id = ?""", fixtures.ownerWithIdNumber(husband)))
                .isEqualTo(2);
        assertThat(count("""
                select count(*) from reg_ownership w join reg_house h on h.id = w.house_id
                where h.estate_id = ? and h.number = '201'""", estate)).isEqualTo(2);
    }

    @Test
    void anOwnerAlreadyRegisteredElsewhereIsReusedByIdNumber() throws Exception {
        String id = personId();
        long other = fixtures.estate(community, fixtures.unique("乙小区"));
        long house = fixtures.house(fixtures.building(other, "1号楼"), "", "101", "60");
        long owner = fixtures.owner("钱七", id, null, house);
        upload(clerk, estate, "a.xlsx", RegisterFiles.xlsx(row("1号楼", "", "101", "70", "住宅", "钱七", id, "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owners").value(0))
                .andExpect(jsonPath("$.ownersReused").value(1));
        assertThat(count("select count(*) from reg_ownership where owner_id = ?", owner)).isEqualTo(2);
    }

    @Test
    void oneBadRowAmongGoodOnesIsRefusedWithItsRowNumberAndNothingIsWritten() throws Exception {
        long[] before = registerCounts();
        String bad = personId();
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        upload(clerk, estate, "a.xlsx", RegisterFiles.xlsx(
                        row("1号楼", "1", "101", "88.5", "住宅", "张三", personId(), ""),
                        row("1号楼", "1", "102", "88.5", "住宅", "李四", personId(), ""),
                        row("1号楼", "1", "103", "88.5", "住宅", "王五", personId(), ""),
                        row("1号楼", "1", "104", "88.5", "住宅", "赵六", bad, "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("导入文件有 1 处错误, 未写入任何数据。请改正后重新导入。"))
                .andExpect(jsonPath("$.errors[0].field").value("第5行 证件号码"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "不是有效的居民身份证号码或统一社会信用代码 (请核对出生日期和校验位)"))
                .andExpect(jsonPath("$.rows[0].row").value(5))
                .andExpect(jsonPath("$.rows[0].column").value("证件号码"))
                .andExpect(jsonPath("$.rows.length()").value(1));
        assertThat(registerCounts()).containsExactly(before);
    }

    @Test
    void everyBadRowIsListed() throws Exception {
        String id = personId();
        upload(clerk, estate, "a.xlsx", RegisterFiles.xlsx(
                        row("1号楼", "1", "101", "0", "住宅", "张三", id, ""),
                        row("1号楼", "1", "102", "88.555", "住宅", "李四", personId(), "12345"),
                        row("1号楼", "1", "103", "88.5", "仓库", "", personId(), ""),
                        row("1号楼", "1", "104", "88.5", "住宅", "赵六", "41092719900101", ""),
                        row("1号楼", "1", "105", "88.5", "住宅", "孙七", id, ""),
                        row("1号楼", "1", "105", "90", "住宅", "孙七", personId(), ""),
                        row("", "1", "106", "abc", "住宅", "周八", personId(), "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rows[*].row").value(org.hamcrest.Matchers.contains(
                        2, 3, 3, 4, 4, 5, 7, 8, 8)))
                .andExpect(jsonPath("$.rows[6].reason").value("同一房屋在第 6 行的面积不同"))
                .andExpect(jsonPath("$.rows[5].column").value("证件号码"));
    }

    @Test
    void aHouseAlreadyRegisteredOrAnIdUnderAnotherNameIsRefused() throws Exception {
        long building = fixtures.building(estate, "1号楼");
        fixtures.house(building, "1", "101", "88.50");
        String id = personId();
        fixtures.owner("原业主", id, null);
        upload(clerk, estate, "a.xlsx", RegisterFiles.xlsx(
                        row("1号楼", "1", "101", "88.5", "住宅", "张三", personId(), ""),
                        row("1号楼", "1", "102", "88.5", "住宅", "冒名", id, "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rows[0].reason").value("该房屋已登记"))
                .andExpect(jsonPath("$.rows[1].row").value(3))
                .andExpect(jsonPath("$.rows[1].reason").value("该证件号码已以其他名称登记"));
    }

    @Test
    void aCsvWithByteOrderMarkIsImported() throws Exception {
        upload(clerk, estate, "登记册.csv", RegisterFiles.csvWithBom(
                        new String[] {"5号楼", "1", "101", "66.60", "住宅", "\"张, 三\"", personId(), "13812345678"},
                        new String[] {"5号楼", "1", "102", "66.6", "商业", "李四", personId(), ""}))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.houses").value(2));
        assertThat(count("select count(*) from reg_owner o join reg_ownership w on w.owner_id = o.id"
                + " join reg_house h on h.id = w.house_id where h.estate_id = ? and o.name = '张, 三'", estate))
                .isEqualTo(1);
    }

    @Test
    void wrongContentIsRefusedAndNeverAServerError() throws Exception {
        long[] before = registerCounts();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 1, 2, 3};
        byte[] gbk = (String.join(",", RegisterFiles.HEADER) + "\r\n1号楼,1,101,80,住宅,张三,"
                + personId() + ",\r\n").getBytes(Charset.forName("GBK"));
        byte[] renamed = String.join(",", "楼号", "单元", "房号", "面积", "用途", "业主名称", "证件号码", "联系电话")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<ResultActions> answers = new ArrayList<>();
        answers.add(upload(clerk, estate, "a.png", png));
        answers.add(upload(clerk, estate, "a.xlsx", zip));
        answers.add(upload(clerk, estate, "a.csv", gbk).andExpect(jsonPath("$.errors[0].field").value("文件")));
        answers.add(upload(clerk, estate, "a.csv", renamed)
                .andExpect(jsonPath("$.errors[0].field").value("第1行 楼栋"))
                .andExpect(jsonPath("$.errors.length()").value(2)));
        answers.add(upload(clerk, estate, "a.csv", new byte[0]));
        answers.add(upload(clerk, estate, "a.xlsx", RegisterFiles.xlsx()));
        answers.add(upload(clerk, estate, "a.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
        for (ResultActions a : answers) {
            a.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(multipart("/api/v1/estates/" + estate + "/import").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(registerCounts()).containsExactly(before);
    }

    @Test
    void anEstateOutsideTheJurisdictionAnswers404() throws Exception {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long otherTown = fixtures.region(county, "TOWNSHIP", "乙镇");
        long foreign = fixtures.estate(fixtures.region(otherTown, "COMMUNITY", "乙社区"), "乙小区");
        upload(clerk, foreign, "a.xlsx", RegisterFiles.xlsx(row("1号楼", "", "1", "50", "住宅", "张三", personId(), "")))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from reg_house where estate_id = ?", foreign)).isZero();
    }

    @Test
    void aCommitteeCannotImportIntoItsOwnEstate() throws Exception {
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
        upload(committee, estate, "a.xlsx", RegisterFiles.xlsx(row("1号楼", "", "1", "50", "住宅", "张三", personId(), "")))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from reg_house where estate_id = ?", estate)).isZero();
    }

    @Test
    void fiveThousandRowsImportInAFewSeconds() throws Exception {
        String[][] rows = new String[5000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row((i / 500 + 1) + "号楼", String.valueOf(i / 100 % 5 + 1), String.valueOf(1000 + i),
                    "89.75", "住宅", "业主" + i, personId(), "13" + String.format("%09d", i));
        }
        byte[] file = RegisterFiles.xlsx(rows);
        long start = System.nanoTime();
        upload(clerk, estate, "big.xlsx", file).andExpect(status().isOk()).andExpect(jsonPath("$.houses").value(5000));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Imported 5000 rows in " + millis + " ms");
        assertThat(millis).isLessThan(15_000);
    }
}
