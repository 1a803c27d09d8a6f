package org.anju.region.internal;

import java.util.List;
import org.anju.identity.Jurisdiction;
import org.anju.region.RegisterView.TownshipCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Register counts per township, the numbers of the county dashboard (same as the lists). */
@Repository
public class RegisterStatisticsQuery {

    private final JdbcClient jdbc;

    RegisterStatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TownshipCount> perTownship(Jurisdiction j) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        // One pass per table over the scoped estates, grouped by township (no per-township subqueries).
        return jdbc.sql("""
                        with scoped as (select e.id, c.parent_id as township_id
                                        from reg_estate e join reg_region c on c.id = e.community_id where %s),
                             es as (select township_id, count(*) as n from scoped group by township_id),
                             bs as (select s.township_id, count(*) as n from reg_building b
                                    join scoped s on s.id = b.estate_id group by s.township_id),
                             hs as (select s.township_id, count(*) as n, sum(h.exclusive_area) as area from reg_house h
                                    join scoped s on s.id = h.estate_id group by s.township_id),
                             os as (select s.township_id, count(distinct w.owner_id) as n from reg_ownership w
                                    join scoped s on s.id = w.estate_id group by s.township_id)
                        select t.id, t.name, es.n as estates, coalesce(bs.n, 0) as buildings,
                               coalesce(hs.n, 0) as houses, coalesce(os.n, 0) as owners,
                               coalesce(hs.area, 0) as total_area
                        from es join reg_region t on t.id = es.township_id
                        left join bs on bs.township_id = es.township_id
                        left join hs on hs.township_id = es.township_id
                        left join os on os.township_id = es.township_id
                        order by t.sort_order, t.id""".formatted(scope.sql()))
                .params(scope.params())
                .query((rs, n) -> new TownshipCount(rs.getLong("id"), rs.getString("name"), rs.getLong("estates"),
                        rs.getLong("buildings"), rs.getLong("houses"), rs.getLong("owners"),
                        rs.getBigDecimal("total_area")))
                .list();
    }
}
