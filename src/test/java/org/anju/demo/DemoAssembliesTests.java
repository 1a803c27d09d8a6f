package org.anju.demo;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo shows the first assembly at every stage in 城关镇, overdue items on its to-do list, and trainings. */
class DemoAssembliesTests extends IntegrationTest {

    @Test
    void chengguanSeesEveryStageAndOverdueItemsOnItsTodoList() throws Exception {
        String stages = mvc.perform(get("/api/v1/assemblies").param("size", "100").with(fixtures.as("chengguan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(stages, "$.content[*].stage"))
                .contains("DUE", "NOT_DUE", "APPLIED", "GROUP_FORMED", "HELD");
        String todo = mvc.perform(get("/api/v1/governance/todo").param("size", "100").with(fixtures.as("chengguan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(todo, "$.content[?(@.overdue == true)].kind"))
                .contains("GROUP_DUE", "ASSEMBLY_HOLDING_DUE", "DISSOLUTION_DUE", "COMMITTEE_TO_RECORD");
        assertThat(JsonPath.<List<String>>read(todo, "$.content[*].kind")).contains("ASSEMBLY_DUE", "REELECTION_DUE");
        mvc.perform(get("/console/governance/todo").with(fixtures.as("chengguan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("todo-overdue")));
        mvc.perform(get("/api/v1/assemblies").with(fixtures.as("houmiao"))).andExpect(status().isOk());
    }

    @Test
    void filedCommitteesHaveTrainingRecordsAndSomeMembersAreUntrainedThisYear() throws Exception {
        assertThat(jdbc.sql("select count(*) from gov_training").query(Long.class).single()).isGreaterThan(5);
        long id = jdbc.sql("""
                select g.id from gov_committee g join reg_estate e on e.id = g.estate_id join idn_account a
                  on a.estate_id = e.id where a.username = 'yeweihui' and g.status = 'FILED'""").query(Long.class).single();
        mvc.perform(get("/console/committees/" + id).with(fixtures.as("yeweihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("《民法典》物权编与业主自治")));
    }
}
