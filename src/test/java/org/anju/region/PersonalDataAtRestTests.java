package org.anju.region;

import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ID numbers and phones are sealed in the database, masked in every answer, whole only through the reveal. */
class PersonalDataAtRestTests extends IntegrationTest {

    private static final String ID_PATTERN = "^[0-9]{17}[0-9X]$|^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$";

    long owner;
    String idNumber;
    String clerk;

    @BeforeEach
    void register() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        long estate = fixtures.estate(fixtures.region(town, "COMMUNITY", fixtures.unique("甲社区")), fixtures.unique("甲小区"));
        idNumber = "4109271980" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        owner = fixtures.owner("封存业主", idNumber, "13755556666", fixtures.house(fixtures.building(estate, "1号楼"), "1",
                "101", "90.00"));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void noIdNumberOrPhoneIsStoredInTheClear() {
        List<Map<String, Object>> owners = jdbc.sql("select * from reg_owner").query().listOfRows();
        List<Map<String, Object>> residents = jdbc.sql("select * from reg_resident").query().listOfRows();
        assertThat(owners).hasSizeGreaterThan(30_000);
        assertThat(residents).isNotEmpty();
        assertThat(owners).allSatisfy(row -> assertThat(row.values()).noneMatch(v -> v != null
                && (v.toString().matches(ID_PATTERN) || v.toString().matches("1[0-9]{10}"))));
        assertThat(residents).allSatisfy(row -> assertThat(row.values()).noneMatch(v -> v != null
                && v.toString().matches("1[0-9]{10}")));
        assertThat(jdbc.sql("select id_number_enc from reg_owner where id = ?").param(owner).query(String.class).single())
                .startsWith("demo:").doesNotContain(idNumber);
        assertThat(jdbc.sql("select count(*) from reg_owner where id_number_enc not like 'demo:%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void answersAreMaskedFromTheOpenedValueAndTheRevealGivesItWhole() throws Exception {
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        mvc.perform(get("/api/v1/owners/" + owner).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.idNumber").value(masked))
                .andExpect(jsonPath("$.phone").value("137****6666"));
        mvc.perform(get("/console/owners/" + owner).with(fixtures.as(clerk)))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(idNumber))));
        mvc.perform(post("/api/v1/owners/" + owner + "/personal-data").with(fixtures.as(clerk))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"核实业主身份以办理备案\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(idNumber))
                .andExpect(jsonPath("$.phone").value("13755556666"));
    }

    @Test
    void anOwnerIsFoundByTheWholeIdNumberOrPhoneThroughTheKeyedHash() throws Exception {
        mvc.perform(get("/api/v1/owners").param("keyword", idNumber.toLowerCase()).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(owner));
        mvc.perform(get("/api/v1/owners").param("keyword", "137 5555 6666").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.content[0].id").value(owner));
        mvc.perform(get("/api/v1/owners").param("keyword", idNumber.substring(0, 10)).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }
}
