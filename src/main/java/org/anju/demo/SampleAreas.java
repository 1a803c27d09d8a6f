package org.anju.demo;

import java.time.LocalDate;
import java.util.List;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One demo estate split into two management areas (decision 0027): an old estate of the county seat with no
 * committee and no company yet becomes 东区 and 西区 by its buildings; 东区 has a filed owners' committee and keeps its service mode,
 * 西区 has none and a township service station from 2024. Written as rows, like the generator, since the seed runs
 * without a signed-in township.
 */
@Component
class SampleAreas {

    private final JdbcClient jdbc;

    SampleAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The split estate's id, or null when the seat has no old estate of four buildings or more without committee or company. */
    Long record(County county, long committeeEstate) {
        List<Long> candidates = county.townships().get(0).communities().stream()
                .flatMap(c -> c.estates().stream()).filter(Estate::legacy).map(Estate::id)
                .filter(id -> id != committeeEstate).toList();
        for (long estate : candidates) {
            List<Long> buildings = jdbc.sql("select id from reg_building where estate_id = ? order by id").param(estate)
                    .query(Long.class).list();
            boolean free = jdbc.sql("select not exists (select 1 from gov_committee where estate_id = ?)"
                    + " and not exists (select 1 from gov_assembly where estate_id = ?)"
                    + " and not exists (select 1 from mkt_project where estate_id = ?)")
                    .params(estate, estate, estate).query(Boolean.class).single();
            if (buildings.size() >= 4 && free) {
                split(estate, buildings);
                return estate;
            }
        }
        return null;
    }

    private void split(long estate, List<Long> buildings) {
        long east = jdbc.sql("select reg_default_area(?)").param(estate).query(Long.class).single();
        jdbc.sql("update reg_management_area set name = '东区' where id = ?").param(east).update();
        long west = jdbc.sql("insert into reg_management_area (estate_id, name) values (?, '西区') returning id")
                .param(estate).query(Long.class).single();
        jdbc.sql("update reg_building set management_area_id = :west where id in (:ids)").param("west", west)
                .param("ids", buildings.subList(buildings.size() / 2, buildings.size())).update();
        LocalDate formed = LocalDate.of(2024, 4, 12);
        long committee = jdbc.sql("""
                        insert into gov_committee (estate_id, area_id, kind, status, formed_on, term_end, filing_due,
                                                   submitted_at, filed_on)
                        values (?, ?, 'OWNERS', 'FILED', ?, ?, ?, now(), ?) returning id""")
                .params(estate, east, formed, formed.plusYears(5).minusDays(1), formed.plusDays(30), formed.plusDays(21))
                .query(Long.class).single();
        String[][] members = {{"王建国", "CHAIR"}, {"李秀英", "VICE_CHAIR"}, {"张伟", "MEMBER"}, {"刘芳", "MEMBER"},
                {"陈静", "MEMBER"}};
        for (String[] m : members) {
            jdbc.sql("""
                            insert into gov_member (committee_id, name, role, party_member, owner_representative,
                                                    from_date, status)
                            values (?, ?, ?, ?, true, ?, 'ACTIVE')""")
                    .params(committee, m[0], m[1], m[1].equals("CHAIR"), formed).update();
        }
        jdbc.sql("insert into gov_committee_event (committee_id, action, reason, actor) values (?, 'ACCEPTED', null, 'demo')")
                .param(committee).update();
        LocalDate station = LocalDate.of(2024, 6, 1);
        jdbc.sql("""
                        insert into mkt_service_mode (estate_id, area_id, mode, from_date, recorded_by, note)
                        values (?, ?, 'SERVICE_STATION', ?, 'system', '西区由乡镇物业服务站托底服务')""")
                .params(estate, west, station).update();
    }
}
