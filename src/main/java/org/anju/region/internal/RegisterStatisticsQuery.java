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
        return jdbc.sql("""
                        with scoped as (select e.id, e.community_id from reg_estate e where %s)
                        select t.id, t.name,
                               count(distinct s.id) as estates,
                               (select count(*) from reg_building b join scoped s2 on s2.id = b.estate_id
                                join reg_region c2 on c2.id = s2.community_id where c2.parent_id = t.id) as buildings,
                               coalesce(sum(h.houses), 0) as houses,
                               (select count(distinct w.owner_id) from reg_ownership w
                                join reg_house hh on hh.id = w.house_id join scoped s3 on s3.id = hh.estate_id
                                join reg_region c3 on c3.id = s3.community_id where c3.parent_id = t.id) as owners,
                               coalesce(sum(h.area), 0) as total_area
                        from reg_region t
                        join reg_region c on c.parent_id = t.id
                        left join scoped s on s.community_id = c.id
                        left join lateral (select count(*) as houses, sum(exclusive_area) as area
                                           from reg_house where estate_id = s.id) h on true
                        where t.level = 'TOWNSHIP' and t.id in (
                            select c4.parent_id from scoped s4 join reg_region c4 on c4.id = s4.community_id)
                        group by t.id, t.name, t.sort_order
                        order by t.sort_order, t.id""".formatted(scope.sql()))
                .params(scope.params())
                .query((rs, n) -> new TownshipCount(rs.getLong("id"), rs.getString("name"), rs.getLong("estates"),
                        rs.getLong("buildings"), rs.getLong("houses"), rs.getLong("owners"),
                        rs.getBigDecimal("total_area")))
                .list();
    }
}
