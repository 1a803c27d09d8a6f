package org.anju.governance;

import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first assembly as an owners' representative assembly (only above 300 households), and the preliminary
 * contract's end taken from the market's filed contract rather than the date the township typed.
 */
class AssemblyFormAndContractTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long community;
    String clerk;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        community = fixtures.region(town, "COMMUNITY", "甲社区");
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
    }

    @Test
    void aRepresentativeAssemblyIsRefusedAtThreeHundredHouseholdsAndAllowedAtThreeHundredAndOne() throws Exception {
        long small = estate("三百户小区", 300);
        long large = estate("三百零一户小区", 301);
        apply(small, "REPRESENTATIVE").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("form"));
        apply(large, "REPRESENTATIVE").andExpect(status().isCreated())
                .andExpect(jsonPath("$.form").value("REPRESENTATIVE"));
        apply(small, null).andExpect(status().isCreated()).andExpect(jsonPath("$.form").value("GENERAL"));
    }

    @Test
    void theFiledPreliminaryContractsEndMakesTheAssemblyDueWhateverTheTownshipTyped() throws Exception {
        long estate = estate("前期合同小区", 10);
        mvc.perform(put("/api/v1/estates/" + estate + "/occupancy").with(fixtures.as(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"deliveredArea":0,"movedInHouseholds":0,"preliminaryContractEnd":"%s"}"""
                                .formatted(TODAY.plusYears(2))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.triggers").isEmpty());
        long project = jdbc.sql("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, ?) returning id")
                .params(fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA")), estate,
                        TODAY.minusYears(1)).query(Long.class).single();
        // a returned filing does not count
        contract(project, "RETURNED", TODAY.plusDays(30));
        mvc.perform(get("/api/v1/estates/" + estate + "/occupancy").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.triggers").isEmpty()).andExpect(jsonPath("$.marketContractEnd").isEmpty());
        contract(project, "ACCEPTED", TODAY.plusDays(60));
        mvc.perform(get("/api/v1/estates/" + estate + "/occupancy").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.triggers[0]").value("CONTRACT_ENDING"))
                .andExpect(jsonPath("$.marketContractEnd").value(TODAY.plusDays(60).toString()))
                .andExpect(jsonPath("$.preliminaryContractEnd").value(TODAY.plusYears(2).toString()));
        mvc.perform(get("/api/v1/assemblies").param("size", "100").with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.content[?(@.estateId == " + estate + ")].stage").value(hasItem("DUE")))
                .andExpect(jsonPath("$.content[?(@.estateId == " + estate + ")].contractFromMarket").value(hasItem(true)));
        mvc.perform(get("/console/assemblies/occupancy").param("estateId", String.valueOf(estate)).with(fixtures.as(clerk)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("market-contract-end")));
    }

    private void contract(long project, String status, LocalDate endsOn) {
        jdbc.sql("""
                        insert into mkt_contract (project_id, kind, signed_on, starts_on, ends_on, filing_due, submitted_on,
                                                  status, created_by)
                        values (?, 'PRELIMINARY', ?, ?, ?, ?, ?, ?, 'test')""")
                .params(project, TODAY.minusYears(2), TODAY.minusYears(2), endsOn, TODAY.minusYears(2).plusDays(15),
                        TODAY.minusYears(2), status).update();
    }

    private long estate(String name, int households) {
        long estate = fixtures.estate(community, fixtures.unique(name));
        long building = fixtures.building(estate, "1号楼");
        jdbc.sql("""
                        insert into reg_house (estate_id, building_id, section, number, exclusive_area, use)
                        select ?, ?, '1', n::text, 90.00, 'RESIDENTIAL' from generate_series(1, ?) n""")
                .params(estate, building, households).update();
        return estate;
    }

    private ResultActions apply(long estate, String form) throws Exception {
        return mvc.perform(post("/api/v1/assemblies").with(fixtures.as(clerk)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"estateId":%d,"applicantKind":"DEVELOPER","developerName":"台前县安居置业有限公司",
                         "appliedOn":"%s","form":%s}""".formatted(estate, TODAY, form == null ? "null" : "\"" + form + "\"")));
    }
}
