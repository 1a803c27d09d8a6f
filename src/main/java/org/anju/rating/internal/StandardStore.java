package org.anju.rating.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.anju.rating.RatingStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of the counties' star standards: never updated, a change is the next version. */
@Repository
public class StandardStore {

    private final JdbcClient jdbc;

    StandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the standard as the county's next version; returns its id. */
    public long save(long countyId, RatingStandard s, String actor) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from rat_standard where county_id = ?")
                .param(countyId).query(Integer.class).single();
        List<BigDecimal> t = s.thresholds();
        long id = jdbc.sql("""
                        insert into rat_standard (county_id, version, title, is_default, township_weight, star1, star2,
                                                  star3, star4, star5, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(countyId, version, s.title(), s.isDefault(), s.townshipWeight(), t.get(0), t.get(1), t.get(2),
                        t.get(3), t.get(4), actor).query(Long.class).single();
        int position = 1;
        for (RatingStandard.Item i : s.items()) {
            jdbc.sql("""
                            insert into rat_standard_item (standard_id, position, section, name, max_score, method, veto)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, i.section(), i.name(), i.veto() ? BigDecimal.ZERO : i.maxScore(),
                            i.method(), i.veto()).update();
        }
        return id;
    }

    /** The county's versions, newest first. */
    public List<RatingStandard> versions(long countyId) {
        return jdbc.sql("select id from rat_standard where county_id = ? order by version desc").param(countyId)
                .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<RatingStandard> current(long countyId) {
        return jdbc.sql("select id from rat_standard where county_id = ? order by version desc limit 1")
                .param(countyId).query(Long.class).optional().flatMap(this::find);
    }

    public Optional<RatingStandard> find(long id) {
        List<RatingStandard.Item> items = jdbc.sql("""
                        select id, position, section, name, max_score, method, veto from rat_standard_item
                         where standard_id = ? order by position""")
                .param(id).query((rs, n) -> new RatingStandard.Item(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7))).list();
        return jdbc.sql("""
                        select id, version, title, is_default, township_weight, star1, star2, star3, star4, star5,
                               created_by, created_at from rat_standard where id = ?""")
                .param(id).query((rs, n) -> new RatingStandard(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getBoolean(4), rs.getInt(5), List.of(rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)), items, rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class))).optional();
    }

    /** The county a standard belongs to. */
    public long county(long id) {
        return jdbc.sql("select county_id from rat_standard where id = ?").param(id).query(Long.class).single();
    }
}
