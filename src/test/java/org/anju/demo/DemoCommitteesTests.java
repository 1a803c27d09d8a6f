package org.anju.demo;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo county is midway through forming committees: about half of 城关镇, fewer elsewhere. */
class DemoCommitteesTests extends IntegrationTest {

    private static final String SEAT = "(select path || '%' from reg_region where name = '城关镇' and level = 'TOWNSHIP')";

    @Test
    void aboutHalfOfTheCountySeatsEstatesAndFewerElsewhereHaveACommittee() {
        long seatEstates = count("select count(*) from reg_estate e where e.region_path like " + SEAT);
        long seatCommittees = count("""
                select count(distinct g.estate_id) from gov_committee g join reg_estate e on e.id = g.estate_id
                where e.region_path like""" + " " + SEAT);
        assertThat(seatCommittees).isBetween(seatEstates * 3 / 10, seatEstates * 7 / 10);
        long otherEstates = count("select count(*) from reg_estate e where e.region_path like '/1/2/3/%' and not e.region_path like " + SEAT);
        long otherCommittees = count("""
                select count(distinct g.estate_id) from gov_committee g join reg_estate e on e.id = g.estate_id
                where e.region_path like '/1/2/3/%' and not e.region_path like""" + " " + SEAT);
        assertThat(otherCommittees * 1.0 / otherEstates).isLessThan(seatCommittees * 1.0 / seatEstates);
    }

    @Test
    void theDemoHasEveryStateTheTownshipActsOn() {
        assertThat(count("select count(*) from gov_committee where kind = 'OWNERS' and status = 'FILED'")).isGreaterThan(2);
        assertThat(count("select count(*) from gov_committee where kind = 'INTERIM' and status = 'FILED'")).isGreaterThan(2);
        assertThat(count("select count(*) from gov_committee where status in ('SUBMITTED', 'DRAFT')")).isGreaterThan(1);
        assertThat(count("""
                select count(*) from gov_committee where kind = 'OWNERS' and status = 'FILED'
                and term_end - 90 <= current_date""")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from gov_member where status = 'SUSPENDED'")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from gov_negative_entry")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDemoHasAHandoverInProgressAnOverdueOneARemovalProposalAndAnOverdueOwnerRoll() throws Exception {
        String yeweihui = """
                from gov_committee g join idn_account a on a.estate_id = g.estate_id where a.username = 'yeweihui'
                """;
        assertThat(count("select count(*) from gov_handover h join (select g.id " + yeweihui + ") y on y.id = h.committee_id"
                + " where h.status = 'OPEN' and h.due_on >= current_date and h.outgoing_confirmed_on is not null")).isEqualTo(1);
        assertThat(count("select count(*) from gov_petition p join (select g.id " + yeweihui + ") y on y.id = p.committee_id"
                + " where p.kind = 'REMOVAL' and p.status = 'FILED'")).isEqualTo(1);
        mvc.perform(get("/api/v1/governance/todo").param("kind", "HANDOVER_DUE").param("overdue", "true")
                        .with(fixtures.as("chengguan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].overdue").value(true));
        mvc.perform(get("/api/v1/governance/todo").param("kind", "ROLL_HANDOVER_DUE").param("overdue", "true")
                        .with(fixtures.as("chengguan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].overdue").value(true));
        mvc.perform(get("/console/handovers").with(fixtures.as("chengguan"))).andExpect(status().isOk());
        mvc.perform(get("/console/petitions").with(fixtures.as("yeweihui"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("罢免委员")));
    }

    @Test
    void yeweihuisEstateHasAFiledOwnersCommittee() {
        assertThat(count("""
                select count(*) from gov_committee g join idn_account a on a.estate_id = g.estate_id
                where a.username = 'yeweihui' and g.kind = 'OWNERS' and g.status = 'FILED'""")).isEqualTo(1);
    }

    @Test
    void chengguanSeesItsCommitteesWithWhatIsDueAndYeweihuiOnlyItsOwn() throws Exception {
        mvc.perform(get("/console/committees").param("size", "50").with(fixtures.as("chengguan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reelection-due")))
                .andExpect(content().string(containsString("filing-pending")));
        mvc.perform(get("/api/v1/committees").with(fixtures.as("yeweihui")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].status").value("FILED"));
        long suspended = count("""
                select m.committee_id from gov_member m where m.status = 'SUSPENDED' order by m.id limit 1""");
        mvc.perform(get("/console/committees/" + suspended).with(fixtures.as("county")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("列入负面清单, 暂停履职")));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
