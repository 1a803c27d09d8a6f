package org.anju.garbage.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.garbage.GarbageView.Check;
import org.anju.garbage.GarbageView.Coverage;
import org.anju.garbage.GarbageView.Site;
import org.anju.garbage.SortingInPlace;
import org.anju.garbage.SortingStatus;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Garbage sorting's SQL: every estate of the jurisdiction, with its sorting set-up where one was recorded. */
@Repository
public class SiteStore {

    /** A site as written. */
    public record Fields(SortingStatus status, LocalDate startedOn, int binsKitchen, int binsRecyclable,
                         int binsHazardous, int binsOther, int transferVehicles, String transferNote, int guides,
                         int noticeBoards, boolean recyclingPoint) {
    }

    private static final String SELECT = """
            select e.id, e.name, c.name community, r.name township, coalesce(s.status, 'NONE') status, s.started_on,
                   coalesce(s.bins_kitchen, 0), coalesce(s.bins_recyclable, 0), coalesce(s.bins_hazardous, 0),
                   coalesce(s.bins_other, 0), coalesce(s.transfer_vehicles, 0), s.transfer_note,
                   coalesce(s.guides, 0), coalesce(s.notice_boards, 0), coalesce(s.recycling_point, false)
              from reg_estate e join reg_region c on c.id = e.community_id join reg_region r on r.id = c.parent_id
              left join gbg_site s on s.estate_id = e.id
            """;

    private final JdbcClient jdbc;

    SiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, SortingStatus status, Long townshipId, String text) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(status == null ? null : status.name(), "coalesce(s.status, 'NONE') = :status", "status")
                .andIf(townshipId, "r.id = :township", "township")
                .andIf(Where.contains(text), "e.name like :text", "text");
    }

    public List<Site> list(Jurisdiction j, SortingStatus status, Long townshipId, String text, PageRequest page) {
        Where w = where(j, status, townshipId, text);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by coalesce(s.status, 'NONE') = 'NONE', r.name, e.name, e.id"
                        + " limit :limit offset :offset").params(w.params()).param("limit", page.size())
                .param("offset", page.offset()).query(SiteStore::site).list();
    }

    public long count(Jurisdiction j, SortingStatus status, Long townshipId, String text) {
        Where w = where(j, status, townshipId, text);
        return jdbc.sql("select count(*) from reg_estate e join reg_region c on c.id = e.community_id"
                        + " join reg_region r on r.id = c.parent_id left join gbg_site s on s.estate_id = e.id where "
                        + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Site> find(Jurisdiction j, long estateId) {
        Where w = where(j, null, null, null).and("e.id = :id", Map.of("id", estateId));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(SiteStore::site).optional();
    }

    public String regionPath(long estateId) {
        return jdbc.sql("select region_path from reg_estate where id = ?").param(estateId).query(String.class).single();
    }

    public void save(long estateId, Fields f, String actor) {
        jdbc.sql("""
                        insert into gbg_site (estate_id, region_path, status, started_on, bins_kitchen, bins_recyclable,
                                              bins_hazardous, bins_other, transfer_vehicles, transfer_note, guides,
                                              notice_boards, recycling_point, updated_by)
                        values (:e, (select region_path from reg_estate where id = :e), :status, :started, :k, :r, :h, :o,
                                :tv, :tn, :g, :nb, :rp, :actor)
                        on conflict (estate_id) do update set status = excluded.status, started_on = excluded.started_on,
                          bins_kitchen = excluded.bins_kitchen, bins_recyclable = excluded.bins_recyclable,
                          bins_hazardous = excluded.bins_hazardous, bins_other = excluded.bins_other,
                          transfer_vehicles = excluded.transfer_vehicles, transfer_note = excluded.transfer_note,
                          guides = excluded.guides, notice_boards = excluded.notice_boards,
                          recycling_point = excluded.recycling_point, updated_by = excluded.updated_by,
                          updated_at = now()""")
                .param("e", estateId).param("status", f.status().name()).param("started", f.startedOn())
                .param("k", f.binsKitchen()).param("r", f.binsRecyclable()).param("h", f.binsHazardous())
                .param("o", f.binsOther()).param("tv", f.transferVehicles()).param("tn", f.transferNote())
                .param("g", f.guides()).param("nb", f.noticeBoards()).param("rp", f.recyclingPoint())
                .param("actor", actor).update();
    }

    /** Records the day's check; false when one was already recorded for that day. */
    public boolean check(long estateId, LocalDate day, boolean cleared, String note, String actor) {
        return jdbc.sql("""
                        insert into gbg_check (estate_id, checked_on, cleared, note, recorded_by) values (?, ?, ?, ?, ?)
                        on conflict (estate_id, checked_on) do nothing""")
                .params(estateId, day, cleared, note, actor).update() == 1;
    }

    public List<Check> checks(long estateId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, checked_on, cleared, note, recorded_by from gbg_check
                        where estate_id = ? and checked_on between ? and ? order by checked_on desc""")
                .params(estateId, from, to).query((rs, n) -> new Check(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3), rs.getString(4), rs.getString(5))).list();
    }

    /**
     * Coverage per township (byTownship) or per community of the jurisdiction: estates, estates with sorting in place
     * ({@link SortingInPlace#SQL}) and pilots.
     */
    public List<Coverage> coverage(Jurisdiction j, boolean byTownship) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        String group = byTownship ? "r" : "c";
        return jdbc.sql("select " + group + ".id, " + group + ".name, count(*), count(*) filter (where "
                        + SortingInPlace.SQL + "), count(*) filter (where s.status = 'PILOT')"
                        + " from reg_estate e join reg_region c on c.id = e.community_id"
                        + " join reg_region r on r.id = c.parent_id left join gbg_site s on s.estate_id = e.id where "
                        + in.sql() + " group by " + group + ".id, " + group + ".name order by " + group + ".id")
                .params(in.params()).query((rs, n) -> new Coverage(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), percent(rs.getLong(4), rs.getLong(3)))).list();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                java.math.RoundingMode.HALF_UP);
    }

    private static Site site(ResultSet rs, int n) throws SQLException {
        SortingStatus status = SortingStatus.valueOf(rs.getString(5));
        int k = rs.getInt(7);
        int r = rs.getInt(8);
        int h = rs.getInt(9);
        int o = rs.getInt(10);
        int g = rs.getInt(13);
        return new Site(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), status,
                rs.getObject(6, LocalDate.class), k, r, h, o, rs.getInt(11), rs.getString(12), g, rs.getInt(14),
                rs.getBoolean(15), SortingInPlace.holds(status, k, r, h, o, g));
    }
}
