package org.anju.inspection.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.inspection.HazardKind;
import org.anju.inspection.HazardStatus;
import org.anju.inspection.InspectionView.Check;
import org.anju.inspection.InspectionView.Hazard;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hazard register's SQL and the measures over it. */
@Repository
public class HazardStore {

    /** A hazard to register. */
    public record NewHazard(HazardKind kind, String source, long sourceRef, long estateId, String estateName,
                            String regionPath, Long companyId, String description, LocalDate foundOn,
                            LocalDate rectifyBy, String by) {
    }

    /** Filters of the register; null = any. */
    public record Filter(HazardStatus status, HazardKind kind, Boolean overdue, Long estateId) {
    }

    private final JdbcClient jdbc;

    HazardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String source, long sourceRef) {
        return jdbc.sql("select count(*) from ins_hazard where source = ? and source_ref = ?").params(source, sourceRef)
                .query(Long.class).single() > 0;
    }

    public long insert(NewHazard h) {
        return jdbc.sql("""
                        insert into ins_hazard (kind, source, source_ref, estate_id, estate_name, region_path, company_id,
                            description, found_on, rectify_by, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(h.kind().name(), h.source(), h.sourceRef(), h.estateId(), h.estateName(), h.regionPath(),
                        h.companyId(), h.description(), h.foundOn(), h.rectifyBy(), h.by()).query(Long.class).single();
    }

    public Optional<Hazard> get(Jurisdiction j, long id, LocalDate today) {
        Jurisdiction.Condition c = j.rows("h.region_path", "h.estate_id");
        return jdbc.sql("select h.* from ins_hazard h where h.id = :id and " + c.sql()).params(c.params())
                .param("id", id).query((rs, n) -> hazard(rs, today, checks(rs.getLong("id")))).optional();
    }

    public List<Hazard> list(Jurisdiction j, Filter f, PageRequest page, LocalDate today) {
        Where w = where(j, f, today);
        return jdbc.sql("select h.* from ins_hazard h where " + w.sql()
                        + " order by h.status = 'CLOSED', h.rectify_by, h.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> hazard(rs, today, List.of())).list();
    }

    public long count(Jurisdiction j, Filter f, LocalDate today) {
        Where w = where(j, f, today);
        return jdbc.sql("select count(*) from ins_hazard h where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    private static Where where(Jurisdiction j, Filter f, LocalDate today) {
        Jurisdiction.Condition c = j.rows("h.region_path", "h.estate_id");
        Where w = new Where().and(c.sql(), c.params())
                .andIf(f.status() == null ? null : f.status().name(), "h.status = :status", "status")
                .andIf(f.kind() == null ? null : f.kind().name(), "h.kind = :kind", "kind")
                .andIf(f.estateId(), "h.estate_id = :estate", "estate");
        if (Boolean.TRUE.equals(f.overdue())) {
            w.and("h.status <> 'CLOSED' and h.rectify_by < :today", Map.of("today", today));
        }
        return w;
    }

    public boolean move(long id, HazardStatus from, HazardStatus to, LocalDate closedOn) {
        return jdbc.sql("update ins_hazard set status = ?, closed_on = ? where id = ? and status = ?")
                .params(to.name(), closedOn, id, from.name()).update() == 1;
    }

    public void check(long hazardId, String kind, LocalDate on, Boolean passed, String note, String by) {
        jdbc.sql("insert into ins_hazard_check (hazard_id, kind, on_day, passed, note, by_user) values (?, ?, ?, ?, ?, ?)")
                .params(hazardId, kind, on, passed, note, by).update();
    }

    private List<Check> checks(long hazardId) {
        return jdbc.sql("select * from ins_hazard_check where hazard_id = ? order by at, id").param(hazardId)
                .query((rs, n) -> new Check(rs.getString("kind"), rs.getObject("on_day", LocalDate.class),
                        (Boolean) rs.getObject("passed"), rs.getString("note"), rs.getString("by_user"))).list();
    }

    private static Hazard hazard(ResultSet rs, LocalDate today, List<Check> checks) throws SQLException {
        HazardStatus status = HazardStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("rectify_by", LocalDate.class);
        return new Hazard(rs.getLong("id"), HazardKind.valueOf(rs.getString("kind")), rs.getString("source"),
                rs.getLong("source_ref"), rs.getLong("estate_id"), rs.getString("estate_name"),
                (Long) rs.getObject("company_id"), rs.getString("description"),
                rs.getObject("found_on", LocalDate.class), due, status, rs.getObject("closed_on", LocalDate.class),
                status != HazardStatus.CLOSED && today.isAfter(due), checks);
    }

    // measures

    /**
     * Of the register entries in the region whose deadline falls in the period (findings only, or hazards only), the
     * share (%) closed by their deadline; empty when none fell due.
     */
    public Optional<BigDecimal> closedByDeadlineRate(String regionPath, LocalDate from, LocalDate to, boolean findings) {
        return jdbc.sql("""
                        select count(*) total, count(*) filter (where status = 'CLOSED' and closed_on <= rectify_by) ok
                        from ins_hazard where region_path like :path and rectify_by between :from and :to and """
                        + (findings ? " source = 'FINDING'" : " kind <> 'OTHER'"))
                .param("path", regionPath + "%").param("from", from).param("to", to)
                .query((rs, n) -> rs.getLong("total") == 0 ? Optional.<BigDecimal>empty()
                        : Optional.of(BigDecimal.valueOf(rs.getLong("ok") * 100)
                        .divide(BigDecimal.valueOf(rs.getLong("total")), 1, RoundingMode.HALF_UP))).single();
    }

    /** Hazards (not OTHER) in the region found by the day and not closed on it. */
    public long openOn(String regionPath, LocalDate day) {
        return jdbc.sql("""
                        select count(*) from ins_hazard where region_path like ? and kind <> 'OTHER' and found_on <= ?
                        and (closed_on is null or closed_on > ?)""")
                .params(regionPath + "%", day, day).query(Long.class).single();
    }
}
