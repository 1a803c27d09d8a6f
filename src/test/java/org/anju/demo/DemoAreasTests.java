package org.anju.demo;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo shows one estate of two management areas, each with its own committee state and service mode. */
class DemoAreasTests extends IntegrationTest {

    @Test
    void oneDemoEstateIsSplitIntoTwoAreasEachWithItsOwnState() {
        Long estate = jdbc.sql("""
                select estate_id from reg_management_area where name = '西区' and estate_id in
                  (select estate_id from reg_management_area where name = '东区') limit 1""")
                .query(Long.class).optional().orElse(null);
        assertThat(estate).isNotNull();
        assertThat(jdbc.sql("""
                select count(*) from reg_management_area a where a.estate_id = ?
                  and exists (select 1 from reg_building b where b.management_area_id = a.id)""")
                .param(estate).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select a.name from gov_committee g join reg_management_area a on a.id = g.area_id
                where g.estate_id = ? and g.status = 'FILED'""").param(estate).query(String.class).list())
                .containsExactly("东区");
        assertThat(jdbc.sql("""
                select m.mode from mkt_service_mode m join reg_management_area a on a.id = m.area_id
                where m.estate_id = ? and a.name = '西区' and m.to_date is null""").param(estate).query(String.class)
                .single()).isEqualTo("SERVICE_STATION");
    }
}
