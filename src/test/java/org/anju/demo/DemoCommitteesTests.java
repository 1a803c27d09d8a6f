package org.anju.demo;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
    void yeweihuisEstateHasAFiledOwnersCommittee() {
        assertThat(count("""
                select count(*) from gov_committee g join idn_account a on a.estate_id = g.estate_id
                where a.username = 'yeweihui' and g.kind = 'OWNERS' and g.status = 'FILED'""")).isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
