package org.anju.rating.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.rating.FeeRange;
import org.anju.rating.RatingView.Commendation;
import org.anju.rating.RatingView.Flag;
import org.anju.rating.RatingView.Guidance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fee guidance (rows are only ever added), the flags of fees above it, and commendations. A project's valid
 * star is the one of its published entry whose validity covers the day.
 */
@Repository
public class GuidanceStore {

    /** A guidance row to add. */
    public record NewGuidance(long countyId, int star, boolean withLift, String feeItem, BigDecimal basePrice,
                              BigDecimal floatPercent, LocalDate effectiveOn, String note, String actor) {
    }

    /** A guided fee of a rated project, as the check reads it. */
    public record RatedFee(long projectId, String companyName, long estateId, String estateName, String regionPath,
                           int star, boolean withLift, String feeItem, BigDecimal unitPrice) {
    }

    /** The condition of an entry x valid on :day with a star. */
    public static final String VALID = " x.stage = 'PUBLISHED' and x.star is not null and x.valid_from <= :day"
            + " and (x.valid_until is null or x.valid_until >= :day)";

    private static final String GUIDANCE = """
            select g.id, g.star, g.with_lift, g.fee_item, g.base_price, g.float_pct, g.effective_on, g.note,
                   g.created_by from rat_fee_guidance g
            """;

    private final JdbcClient jdbc;

    GuidanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(NewGuidance g) {
        return jdbc.sql("""
                        insert into rat_fee_guidance (county_id, star, with_lift, fee_item, base_price, float_pct,
                                                      effective_on, note, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(g.countyId(), g.star(), g.withLift(), g.feeItem(), g.basePrice(), g.floatPercent(),
                        g.effectiveOn(), g.note(), g.actor()).query(Long.class).single();
    }

    /** The rows in force on the day: for each star, lift and fee item the latest effective on or before it. */
    public List<Guidance> current(long countyId, LocalDate day) {
        return jdbc.sql(GUIDANCE + """
                         where g.county_id = :county and g.id in (
                               select distinct on (star, with_lift, fee_item) id from rat_fee_guidance
                                where county_id = :county and effective_on <= :day
                                order by star, with_lift, fee_item, effective_on desc, id desc)
                         order by g.fee_item, g.with_lift, g.star""")
                .param("county", countyId).param("day", day).query(GuidanceStore::guidance).list();
    }

    /** Every row ever entered (the history), newest first. */
    public List<Guidance> history(long countyId, PageRequest page) {
        return jdbc.sql(GUIDANCE + " where g.county_id = ? order by g.effective_on desc, g.id desc limit ? offset ?")
                .params(countyId, page.size(), page.offset()).query(GuidanceStore::guidance).list();
    }

    public long countHistory(long countyId) {
        return jdbc.sql("select count(*) from rat_fee_guidance where county_id = ?").param(countyId)
                .query(Long.class).single();
    }

    /** The guided fees of every project of the county with a valid star on the day and serving on it. */
    public List<RatedFee> ratedFees(String countyPath, LocalDate day) {
        return jdbc.sql("""
                        select x.project_id, x.company_name, x.estate_id, x.estate_name, x.region_path, x.star,
                               exists (select 1 from reg_building b where b.estate_id = x.estate_id and b.has_lift),
                               f.name, f.unit_price
                          from rat_entry x join mkt_project p on p.id = x.project_id
                               join mkt_fee_item f on f.project_id = x.project_id
                         where x.region_path like :path and p.started_on <= :day
                           and (p.ended_on is null or p.ended_on >= :day) and """ + VALID)
                .param("path", countyPath + "%").param("day", day)
                .query((rs, n) -> new RatedFee(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getBoolean(7), rs.getString(8), rs.getBigDecimal(9)))
                .list();
    }

    /** The open flags of the county by project and fee item, with the price flagged. */
    public Map<String, BigDecimal> openFlags(String countyPath) {
        Map<String, BigDecimal> open = new java.util.HashMap<>();
        jdbc.sql("select project_id, fee_item, unit_price from rat_fee_flag where cleared_on is null and region_path like ?")
                .param(countyPath + "%").query((rs, n) -> open.put(rs.getLong(1) + "/" + rs.getString(2),
                        rs.getBigDecimal(3))).list();
        return open;
    }

    public void flag(RatedFee f, FeeRange range, long guidanceId, LocalDate on) {
        jdbc.sql("""
                        insert into rat_fee_flag (project_id, company_name, estate_id, estate_name, region_path, fee_item,
                                                  unit_price, star, ceiling, guidance_id, flagged_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.projectId(), f.companyName(), f.estateId(), f.estateName(), f.regionPath(), f.feeItem(),
                        f.unitPrice(), f.star(), range.ceiling(), guidanceId, on).update();
    }

    public void clear(long projectId, String feeItem, LocalDate on) {
        jdbc.sql("update rat_fee_flag set cleared_on = ? where project_id = ? and fee_item = ? and cleared_on is null")
                .params(on, projectId, feeItem).update();
    }

    public List<Flag> flags(Jurisdiction.Condition in, Boolean open, PageRequest page) {
        Where w = flagsWhere(in, open);
        return jdbc.sql("""
                        select x.id, x.project_id, x.company_name, x.estate_name, x.fee_item, x.unit_price, x.star,
                               x.ceiling, x.flagged_on, x.cleared_on from rat_fee_flag x where """ + w.sql()
                        + " order by x.cleared_on is null desc, x.flagged_on desc, x.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Flag(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class))).list();
    }

    public long countFlags(Jurisdiction.Condition in, Boolean open) {
        Where w = flagsWhere(in, open);
        return jdbc.sql("select count(*) from rat_fee_flag x where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    private static Where flagsWhere(Jurisdiction.Condition in, Boolean open) {
        Where w = new Where().and(in.sql(), in.params());
        return open == null ? w : w.and(open ? "x.cleared_on is null" : "x.cleared_on is not null", Map.of());
    }

    /** The project's valid star on the day, with its validity end (null: until the next round). */
    public Optional<Object[]> validStar(long projectId, LocalDate day) {
        return jdbc.sql("select x.star, x.valid_until, r.county_id, exists (select 1 from reg_building b"
                        + " where b.estate_id = x.estate_id and b.has_lift) from rat_entry x join rat_round r"
                        + " on r.id = x.round_id where x.project_id = :project and " + VALID
                        + " order by x.valid_from desc limit 1")
                .param("project", projectId).param("day", day)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getBoolean(4)}).optional();
    }

    // commendations

    public long commend(long countyId, long companyId, String companyName, Long projectId, String title, String reason,
                        LocalDate on, String actor) {
        return jdbc.sql("""
                        insert into rat_commendation (county_id, company_id, company_name, project_id, title, reason,
                                                      commended_on, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(countyId, companyId, companyName, projectId, title, reason, on, actor).query(Long.class)
                .single();
    }

    /** Commendations of a county (null: every county), or of a company, newest first. */
    public List<Commendation> commendations(Long countyId, Long companyId, int limit) {
        Where w = new Where().andIf(countyId, "county_id = :county", "county")
                .andIf(companyId, "company_id = :company", "company");
        return jdbc.sql("select id, company_id, company_name, project_id, title, reason, commended_on"
                        + " from rat_commendation where " + w.sql() + " order by commended_on desc, id desc limit :limit")
                .params(w.params()).param("limit", limit)
                .query((rs, n) -> new Commendation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** The company's name when it serves (or served) a project in the county, else empty. */
    public Optional<String> companyIn(long companyId, String countyPath) {
        return jdbc.sql("""
                        select c.name from mkt_company c where c.id = ? and exists (select 1 from mkt_project p
                               join reg_estate e on e.id = p.estate_id where p.company_id = c.id
                                                                        and e.region_path like ?)""")
                .params(companyId, countyPath + "%").query(String.class).optional();
    }

    /** Whether the project is the company's and lies in the county. */
    public boolean projectOf(long projectId, long companyId, String countyPath) {
        return jdbc.sql("""
                        select count(*) from mkt_project p join reg_estate e on e.id = p.estate_id
                         where p.id = ? and p.company_id = ? and e.region_path like ?""")
                .params(projectId, companyId, countyPath + "%").query(Long.class).single() > 0;
    }

    private static Guidance guidance(ResultSet rs, int n) throws SQLException {
        FeeRange range = new FeeRange(rs.getBigDecimal(5), rs.getBigDecimal(6));
        return new Guidance(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4), range.base(),
                range.floatPercent(), range.floor(), range.ceiling(), rs.getObject(7, LocalDate.class),
                rs.getString(8), rs.getString(9));
    }

    /** The project serving the estate on the day. */
    public Optional<Long> servingProject(long estateId, LocalDate day) {
        return jdbc.sql("""
                        select id from mkt_project where estate_id = ? and started_on <= ?
                           and (ended_on is null or ended_on >= ?) order by started_on desc limit 1""")
                .params(estateId, day, day).query(Long.class).optional();
    }
}
