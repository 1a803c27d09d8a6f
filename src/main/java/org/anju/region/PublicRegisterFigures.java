package org.anju.region;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aggregate register figures the county publishes (no personal data): estates and houses per
 * township, for the public portal.
 */
@Service
public class PublicRegisterFigures {

    /** Estates and houses of one township. */
    public record TownshipFigure(String township, long estates, long houses) {
    }

    private final JdbcClient jdbc;

    PublicRegisterFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TownshipFigure> perTownship() {
        return jdbc.sql("""
                select t.name, count(distinct e.id) as estates, count(h.id) as houses
                from reg_region t
                join reg_region c on c.parent_id = t.id
                left join reg_estate e on e.community_id = c.id
                left join reg_house h on h.estate_id = e.id
                where t.level = 'TOWNSHIP'
                group by t.id, t.name, t.sort_order order by t.sort_order, t.id""")
                .query((rs, n) -> new TownshipFigure(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }
}
