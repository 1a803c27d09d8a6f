package org.anju.region.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.anju.platform.Where;
import org.anju.region.RegisterView.DatedCount;
import org.anju.region.RegisterView.EstateGroup;
import org.anju.region.RegisterView.EstateGrouping;
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

    /** See {@code Register.estateCounts}. */
    public List<EstateGroup> estateCounts(Jurisdiction j, EstateGrouping by, Long townshipId, Long communityId,
                                          LocalDate asOf, List<String> conditions) {
        Where w = scope(j, townshipId, communityId);
        String select = switch (by) {
            case TOWNSHIP -> "t.id, t.name, cast(null as bigint), cast(null as text)";
            case COMMUNITY -> "c.id, c.name, t.id, t.name";
            case ESTATE -> "e.id, e.name, c.id, c.name";
        };
        String order = switch (by) {
            case TOWNSHIP -> "t.sort_order, t.id";
            case COMMUNITY -> "t.sort_order, t.id, c.sort_order, c.id";
            case ESTATE -> "c.sort_order, c.id, e.name, e.id";
        };
        String group = switch (by) {
            case TOWNSHIP -> "t.id";
            case COMMUNITY -> "t.id, c.id";
            case ESTATE -> "c.id, e.id";
        };
        return jdbc.sql("select " + select + ", count(*) as estates" + filters(conditions) + FROM
                        + " cross join (select cast(:asOf as date) as as_of) d where " + w.sql()
                        + " group by " + group + " order by " + order)
                .params(w.params()).param("asOf", asOf)
                .query((rs, n) -> new EstateGroup(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getLong("estates"), met(rs, conditions.size())))
                .list();
    }

    /** See {@code Register.estateCountsOn}. */
    public List<DatedCount> estateCountsOn(Jurisdiction j, Long townshipId, Long communityId, List<LocalDate> dates,
                                           List<String> conditions) {
        if (dates.isEmpty()) {
            return List.of();
        }
        Where w = scope(j, townshipId, communityId);
        String days = dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        return jdbc.sql("select d.as_of, count(*) as estates" + filters(conditions) + FROM
                        + " cross join unnest(cast(string_to_array(:days, ',') as date[])) as d(as_of) where " + w.sql()
                        + " group by d.as_of order by d.as_of")
                .params(w.params()).param("days", days)
                .query((rs, n) -> new DatedCount(rs.getObject(1, LocalDate.class), rs.getLong("estates"),
                        met(rs, conditions.size())))
                .list();
    }

    private static final String FROM = " from reg_estate e join reg_region c on c.id = e.community_id"
            + " join reg_region t on t.id = c.parent_id";

    private static Where scope(Jurisdiction j, Long townshipId, Long communityId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(townshipId, "t.id = :township", "township")
                .andIf(communityId, "c.id = :community", "community");
    }

    private static String filters(List<String> conditions) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(", count(*) filter (where ").append(conditions.get(i)).append(") as met").append(i);
        }
        return sql.toString();
    }

    private static List<Long> met(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        List<Long> met = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            met.add(rs.getLong("met" + i));
        }
        return met;
    }
}
