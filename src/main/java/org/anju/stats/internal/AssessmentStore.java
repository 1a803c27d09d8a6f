package org.anju.stats.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anju.stats.AssessmentView.Indicator;
import org.anju.stats.AssessmentView.Kind;
import org.anju.stats.AssessmentView.Status;
import org.anju.stats.ScoreRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment's tables: sts_assessment (a county's year), sts_indicator, sts_score. */
@Repository
public class AssessmentStore {

    /** A county's year as stored. */
    public record Year(long countyId, int year, Status status, Instant computedAt, Instant approvedAt,
                       Instant publishedAt) {
    }

    /** A score row. */
    public record Score(long indicatorId, long townshipId, String townshipName, BigDecimal value, boolean missing,
                        BigDecimal points, String evidenceText, String evidenceName, String enteredBy,
                        Instant enteredAt) {
    }

    /** An evidence file. */
    public record Evidence(String name, String type, byte[] content) {
    }

    private static final String INDICATOR = "select id, name, weight, kind, measure_code, rule, target, hint, sort_order"
            + " from sts_indicator";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Year> year(long countyId, int year) {
        return jdbc.sql("select * from sts_assessment where county_id = ? and year = ?").params(countyId, year)
                .query((rs, n) -> new Year(rs.getLong("county_id"), rs.getInt("year"),
                        Status.valueOf(rs.getString("status")), instant(rs, "computed_at"), instant(rs, "approved_at"),
                        instant(rs, "published_at"))).optional();
    }

    /** Locks the year's row (creating it OPEN when absent) so that concurrent changes queue. */
    public Year lock(long countyId, int year) {
        jdbc.sql("insert into sts_assessment (county_id, year, status) values (?, ?, 'OPEN') on conflict do nothing")
                .params(countyId, year).update();
        jdbc.sql("select 1 from sts_assessment where county_id = ? and year = ? for update").params(countyId, year)
                .query(Integer.class).single();
        return year(countyId, year).orElseThrow();
    }

    public void mark(long countyId, int year, String step, String status, String by) {
        jdbc.sql("update sts_assessment set " + step + "_at = now(), " + step + "_by = :by,"
                        + " status = coalesce(:status, status) where county_id = :county and year = :year")
                .param("by", by).param("status", status).param("county", countyId).param("year", year).update();
    }

    public List<Indicator> indicators(long countyId, int year) {
        return jdbc.sql(INDICATOR + " where county_id = ? and year = ? order by sort_order, id").params(countyId, year)
                .query((rs, n) -> indicator(rs)).list();
    }

    public Optional<Indicator> indicator(long countyId, int year, long id) {
        return jdbc.sql(INDICATOR + " where county_id = ? and year = ? and id = ?").params(countyId, year, id)
                .query((rs, n) -> indicator(rs)).optional();
    }

    public boolean nameTaken(long countyId, int year, String name) {
        return jdbc.sql("select count(*) from sts_indicator where county_id = ? and year = ? and name = ?")
                .params(countyId, year, name).query(Long.class).single() > 0;
    }

    public long insert(long countyId, int year, Indicator i) {
        return jdbc.sql("""
                        insert into sts_indicator (county_id, year, name, weight, kind, measure_code, rule, target, hint,
                                                   sort_order)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, (select coalesce(max(sort_order), 0) + 10
                                from sts_indicator where county_id = ? and year = ?))) returning id""")
                .params(countyId, year, i.name(), i.weight(), i.kind().name(), i.measureCode(),
                        i.rule() == null ? null : i.rule().name(), i.target(), i.hint(),
                        i.sortOrder() > 0 ? i.sortOrder() : null, countyId, year)
                .query(Long.class).single();
    }

    public int delete(long countyId, int year, long id) {
        return jdbc.sql("delete from sts_indicator where county_id = ? and year = ? and id = ?")
                .params(countyId, year, id).update();
    }

    /** Stores a computed value and its points; an entered score is never overwritten. */
    public void computed(long indicatorId, long townshipId, String townshipName, String path, BigDecimal value,
                         boolean missing, BigDecimal points) {
        jdbc.sql("""
                        insert into sts_score (indicator_id, township_id, township_name, region_path, value, missing,
                                               points, computed_at)
                        values (?, ?, ?, ?, ?, ?, ?, now())
                        on conflict (indicator_id, township_id) do update set township_name = excluded.township_name,
                            region_path = excluded.region_path, value = excluded.value, missing = excluded.missing,
                            points = excluded.points, computed_at = now()""")
                .params(indicatorId, townshipId, townshipName, path, value, missing, points).update();
    }

    /** Makes sure an entered indicator has its (empty) row for the township. */
    public void placeholder(long indicatorId, long townshipId, String townshipName, String path) {
        jdbc.sql("""
                        insert into sts_score (indicator_id, township_id, township_name, region_path)
                        values (?, ?, ?, ?) on conflict (indicator_id, township_id) do update
                        set township_name = excluded.township_name, region_path = excluded.region_path""")
                .params(indicatorId, townshipId, townshipName, path).update();
    }

    public void entered(long indicatorId, long townshipId, BigDecimal points, String text, Evidence file,
                        String by) {
        jdbc.sql("""
                        update sts_score set points = :points, evidence_text = :text, entered_by = :by,
                            entered_at = now(),
                            evidence_name = case when :hasFile then :name else evidence_name end,
                            evidence_type = case when :hasFile then :type else evidence_type end,
                            evidence = case when :hasFile then :content else evidence end
                        where indicator_id = :indicator and township_id = :township""")
                .param("points", points).param("text", text).param("by", by).param("hasFile", file != null)
                .param("name", file == null ? null : file.name()).param("type", file == null ? null : file.type())
                .param("content", file == null ? null : file.content())
                .param("indicator", indicatorId).param("township", townshipId).update();
    }

    public List<Score> scores(long countyId, int year, Long townshipId) {
        return jdbc.sql("""
                        select s.indicator_id, s.township_id, s.township_name, s.value, s.missing, s.points,
                               s.evidence_text, s.evidence_name, s.entered_by, s.entered_at
                        from sts_score s join sts_indicator i on i.id = s.indicator_id
                        where i.county_id = :county and i.year = :year
                          and (cast(:township as bigint) is null or s.township_id = :township)
                        order by s.township_id, i.sort_order, i.id""")
                .param("county", countyId).param("year", year).param("township", townshipId)
                .query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBoolean(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        instant(rs, "entered_at")))
                .list();
    }

    public Optional<Evidence> evidence(long indicatorId, long townshipId) {
        return jdbc.sql("select evidence_name, evidence_type, evidence from sts_score where indicator_id = ?"
                        + " and township_id = ? and evidence is not null").params(indicatorId, townshipId)
                .query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Entered indicators without points for some township. */
    public long unentered(long countyId, int year) {
        return jdbc.sql("""
                        select count(*) from sts_score s join sts_indicator i on i.id = s.indicator_id
                        where i.county_id = ? and i.year = ? and i.kind = 'ENTERED' and s.points is null""")
                .params(countyId, year).query(Long.class).single();
    }

    /** Published years of every county for one year: county id and name. */
    public List<Year> published(int year) {
        return jdbc.sql("select * from sts_assessment where year = ? and status = 'PUBLISHED' order by county_id")
                .param(year).query((rs, n) -> new Year(rs.getLong("county_id"), rs.getInt("year"),
                        Status.PUBLISHED, instant(rs, "computed_at"), instant(rs, "approved_at"),
                        instant(rs, "published_at"))).list();
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        String rule = rs.getString("rule");
        return new Indicator(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("weight"),
                Kind.valueOf(rs.getString("kind")), rs.getString("measure_code"),
                rule == null ? null : ScoreRule.valueOf(rule), rs.getBigDecimal("target"), rs.getString("hint"),
                rs.getInt("sort_order"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
