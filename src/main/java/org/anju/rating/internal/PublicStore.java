package org.anju.rating.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.rating.RatingView.PublicRating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published stars for everyone: estates, townships, companies, stars and scores only, no personal data. */
@Repository
public class PublicStore {

    private static final String SELECT = """
            select x.id, x.project_id, x.estate_name, x.township_name, x.company_name, x.star, x.final_score, r.title,
                   x.valid_from, x.valid_until from rat_entry x join rat_round r on r.id = x.round_id
            """;

    private final JdbcClient jdbc;
    private final RatingStore ratings;

    PublicStore(JdbcClient jdbc, RatingStore ratings) {
        this.jdbc = jdbc;
        this.ratings = ratings;
    }

    /** Stars valid on the day, best first. */
    public List<PublicRating> list(Integer star, String text, LocalDate day, PageRequest page) {
        Where w = where(star, text, day);
        return jdbc.sql(SELECT + " where " + w.sql()
                        + " order by x.star desc, x.final_score desc, x.estate_name, x.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> row(rs)).list();
    }

    public long count(Integer star, String text, LocalDate day) {
        Where w = where(star, text, day);
        return jdbc.sql("select count(*) from rat_entry x where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    private static Where where(Integer star, String text, LocalDate day) {
        return new Where().and(GuidanceStore.VALID, Map.of("day", day))
                .andIf(star, "x.star = :star", "star")
                .andIf(Where.contains(text), "(x.estate_name like :text or x.company_name like :text"
                        + " or x.township_name like :text)", "text");
    }

    /** Every published entry of the project with a star, newest first. */
    public List<PublicRating> history(long projectId) {
        return jdbc.sql(SELECT + " where x.project_id = ? and x.stage = 'PUBLISHED' and x.star is not null"
                        + " order by x.valid_from desc, x.id desc").param(projectId).query((rs, n) -> row(rs)).list();
    }

    public Optional<PublicRating> current(long projectId, LocalDate day) {
        return jdbc.sql(SELECT + " where x.project_id = :project and " + GuidanceStore.VALID)
                .param("project", projectId).param("day", day).query((rs, n) -> row(rs)).optional();
    }

    private PublicRating row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublicRating(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getBigDecimal(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), ratings.sections(rs.getLong(1)));
    }

    /** Share (0 to 100) of the region's serving projects with a valid star on the day; empty when none serve. */
    public Optional<BigDecimal> ratedShare(String regionPath, LocalDate day) {
        Object[] r = jdbc.sql("""
                        select count(*), count(*) filter (where exists (select 1 from rat_entry x
                               where x.project_id = p.id and """ + GuidanceStore.VALID + """
                        )) from mkt_project p join reg_estate e on e.id = p.estate_id
                         where e.region_path like :path and p.started_on <= :day
                           and (p.ended_on is null or p.ended_on >= :day)""")
                .param("path", regionPath + "%").param("day", day)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)}).single();
        long all = (Long) r[0];
        return all == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf((Long) r[1] * 100)
                .divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP));
    }

    /** Mean star of the region's valid stars on the day, one decimal; empty when none. */
    public Optional<BigDecimal> averageStar(String regionPath, LocalDate day) {
        // avg over no rows is one null row: read it as a value that may be null, not as a required one
        return jdbc.sql("select round(avg(x.star), 1) from rat_entry x where x.region_path like :path"
                        + " and " + GuidanceStore.VALID).param("path", regionPath + "%").param("day", day)
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1))).single();
    }

    /** The company of the project's latest entry. */
    public Long companyOf(long projectId) {
        return jdbc.sql("select company_id from rat_entry where project_id = ? order by id desc limit 1")
                .param(projectId).query(Long.class).optional().orElse(null);
    }
}
