package org.anju.region;

import java.util.List;
import java.util.Optional;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aggregate register figures the county publishes (no personal data): estates and houses per
 * township, and the estates by name with their place, for the public portal.
 */
@Service
public class PublicRegisterFigures {

    /** Estates and houses of one township. */
    public record TownshipFigure(String township, long estates, long houses) {
    }

    /** An estate as the public sees it: its name, place, address and size; never who owns what. */
    public record PublicEstate(long id, String name, String townshipName, String communityName, String address,
                               Integer builtYear, long houses) {
    }

    private static final String ESTATE = """
            select e.id, e.name, t.name township, c.name community, e.address, e.built_year,
                   (select count(*) from reg_house h where h.estate_id = e.id) houses
            from reg_estate e join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
            """;

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

    /** Estates whose name contains the text (all when blank), by name. */
    public PageResult<PublicEstate> estates(String name, PageRequest page) {
        Where w = new Where().andIf(Where.contains(name), "e.name like :name", "name");
        List<PublicEstate> rows = jdbc.sql(ESTATE + " where " + w.sql() + " order by e.name, e.id"
                        + " limit :limit offset :offset").params(w.params()).param("limit", page.size())
                .param("offset", page.offset()).query(PublicRegisterFigures::estate).list();
        long total = jdbc.sql("select count(*) from reg_estate e where " + w.sql()).params(w.params())
                .query(Long.class).single();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    public Optional<PublicEstate> estate(long id) {
        return jdbc.sql(ESTATE + " where e.id = ?").param(id).query(PublicRegisterFigures::estate).optional();
    }

    private static PublicEstate estate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublicEstate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (Integer) rs.getObject(6), rs.getLong(7));
    }
}
