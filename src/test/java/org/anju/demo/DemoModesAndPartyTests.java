package org.anju.demo;

import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's service modes and Party branches: complete where a company serves, uneven across townships. */
class DemoModesAndPartyTests extends IntegrationTest {

    private static final String TAIQIAN = "/1/2/3/%";

    @Test
    void everyEstateWithAnActiveProjectIsServedByItsCompany() {
        long projects = jdbc.sql("""
                select count(*) from mkt_project p join reg_estate e on e.id = p.estate_id
                where p.ended_on is null and e.region_path like ?""").param(TAIQIAN).query(Long.class).single();
        long enterprise = jdbc.sql("""
                select count(*) from mkt_service_mode m join reg_estate e on e.id = m.estate_id
                join mkt_project p on p.id = m.project_id and p.estate_id = m.estate_id
                where m.to_date is null and m.mode = 'ENTERPRISE' and e.region_path like ?""")
                .param(TAIQIAN).query(Long.class).single();
        assertThat(projects).isPositive();
        assertThat(enterprise).isEqualTo(projects);
    }

    @Test
    void oldEstatesHaveStationsOrCustodySomeEstatesNoneAndSomeAHistory() {
        Map<String, Long> modes = Map.ofEntries(jdbc.sql("""
                        select m.mode, count(*) from mkt_service_mode m join reg_estate e on e.id = m.estate_id
                        where m.to_date is null and e.region_path like ? group by m.mode""").param(TAIQIAN)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().toArray(Map.Entry[]::new));
        assertThat(modes).containsKeys("ENTERPRISE", "SERVICE_STATION", "COMMUNITY_CUSTODY");
        long none = jdbc.sql("""
                select count(*) from reg_estate e where e.region_path like ? and not exists
                (select 1 from mkt_service_mode m where m.estate_id = e.id and m.to_date is null)""")
                .param(TAIQIAN).query(Long.class).single();
        assertThat(none).isPositive();
        assertThat(jdbc.sql("select count(*) from mkt_service_mode where to_date is not null").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("""
                select count(*) from mkt_service_mode m join reg_estate e on e.id = m.estate_id
                where m.mode = 'SERVICE_STATION' and not e.legacy""").query(Long.class).single()).isZero();
    }

    @Test
    void partyCoverageDiffersByTownshipAroundTheNinetyPercentTarget() {
        List<Double> shares = jdbc.sql("""
                        select avg(case when exists (select 1 from pty_organization_estate pe where pe.estate_id = e.id)
                                   then 1.0 else 0.0 end)
                        from reg_region t join reg_estate e on e.region_path like t.path || '%'
                        where t.level = 'TOWNSHIP' and t.path like ? group by t.id, t.sort_order order by t.sort_order""")
                .param(TAIQIAN).query(Double.class).list();
        assertThat(shares.get(0)).as("城关镇").isGreaterThanOrEqualTo(0.9);
        assertThat(shares).anyMatch(s -> s < 0.9);
        assertThat(jdbc.sql("select count(*) from pty_organization where kind = 'GRID_BRANCH'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from (select organization_id from pty_organization_estate group by organization_id
                having count(*) > 1) joint""").query(Long.class).single()).isPositive();
    }
}
