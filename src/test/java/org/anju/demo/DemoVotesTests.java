package org.anju.demo;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's votes: yezhu's estate has an open vote yezhu can still cast and a published one yezhu voted in. */
class DemoVotesTests extends IntegrationTest {

    @Test
    void yezhuSeesAnOpenVoteToCastAndAPublishedResult() throws Exception {
        String list = mvc.perform(get("/api/v1/votes").with(fixtures.as("yezhu"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3)).andReturn().getResponse().getContentAsString();
        List<Integer> open = JsonPath.read(list, "$.content[?(@.status == 'OPEN' && @.scope == 'ESTATE')].id");
        List<Integer> published = JsonPath.read(list, "$.content[?(@.status == 'PUBLISHED')].id");
        List<Integer> section = JsonPath.read(list, "$.content[?(@.status == 'OPEN' && @.scope == 'SECTION')].id");
        List<Integer> sectionOwners = JsonPath.read(list, "$.content[?(@.scope == 'SECTION')].totalOwners");
        List<Integer> estateOwners = JsonPath.read(list, "$.content[?(@.scope == 'ESTATE')].totalOwners");
        assertThat(open).hasSize(1);
        assertThat(section).hasSize(1);
        // the section's roll is a part of the estate's
        assertThat(sectionOwners.get(0)).isPositive().isLessThan(estateOwners.get(0));
        assertThat(published).hasSize(1);
        mvc.perform(get("/api/v1/votes/" + open.get(0) + "/ballots/mine").with(fixtures.as("yezhu")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/votes/" + published.get(0) + "/ballots/mine").with(fixtures.as("yezhu")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].choice").value("AGREE"));
        mvc.perform(get("/api/v1/votes/" + published.get(0) + "/result").with(fixtures.as("yezhu")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.motions[0].quorate").value(true))
                .andExpect(jsonPath("$.motions[0].passed").value(true))
                .andExpect(jsonPath("$.motions[1].passed").value(false));
        mvc.perform(get("/api/v1/votes/" + open.get(0) + "/result").with(fixtures.as("yeweihui")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.finalResult").value(false));
        mvc.perform(get("/console/votes/" + open.get(0)).with(fixtures.as("chengguan"))).andExpect(status().isOk());
        mvc.perform(get("/console/me/votes/" + open.get(0)).with(fixtures.as("yezhu"))).andExpect(status().isOk());
    }
}
