package org.anju.console;

import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workbench: the township chart carries what anju.js needs to drill down to the estate list. */
class HomePageTests extends IntegrationTest {

    @Test
    void theTownshipChartDrillsDownToTheEstatesOfTheClickedTownship() throws Exception {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", fixtures.unique("甲镇"));
        fixtures.estate(fixtures.region(town, "COMMUNITY", fixtures.unique("甲社区")), fixtures.unique("甲小区"));
        String officer = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        mvc.perform(get("/console").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-drill=\"/console/estates?townshipId=\"")))
                .andExpect(content().string(containsString("data-ids=\"[" + town + "]\"")))
                .andExpect(content().string(containsString("data-option=\"{")));
    }
}
