package org.anju.rating.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.rating.EntryStage;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.RatingView.Objection;
import org.anju.rating.RatingView.PanelMember;
import org.anju.rating.RatingView.Points;
import org.anju.rating.RatingView.Round;
import org.anju.rating.RatingView.Section;
import org.anju.rating.RatingView.Sheet;
import org.anju.rating.RoundStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rounds, entries, sheets, panels and objections. Every read of an entry carries the caller's condition
 * ({@link Jurisdiction#rows} on the entry's estate, and the company's own projects for a company), so that an
 * entry outside it is never loaded.
 */
@Repository
public class RatingStore {

    /** A round to open. */
    public record NewRound(long countyId, String regionPath, long standardId, String title, LocalDate openedOn,
                           LocalDate selfDue, int panelSize, int objectionDays, String actor) {
    }

    /** A sheet to save: points by item, veto items recorded. */
    public record NewSheet(long entryId, String phase, long expertId, BigDecimal total, String note, String evidence,
                           String actor, Map<Long, BigDecimal> points, List<Long> vetoes) {
    }

    private static final String ROUND = """
            select r.id, r.title, r.status, r.standard_id, s.version, r.opened_on, r.self_due, r.panel_size,
                   r.objection_days, r.published_on, r.objection_until,
                   (select count(*) from rat_entry x where x.round_id = r.id) projects,
                   (select count(*) from rat_entry x where x.round_id = r.id and x.stage in ('APPROVED', 'PUBLISHED'))
                   approved
              from rat_round r join rat_standard s on s.id = r.standard_id
            """;

    private static final String ENTRY = """
            select x.id, x.round_id, x.project_id, x.company_id, x.company_name, x.estate_id, x.estate_name,
                   x.township_name, x.stage, x.final_score, x.star, x.vetoed, x.valid_from, x.valid_until
              from rat_entry x
            """;

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // rounds

    public long insertRound(NewRound r) {
        return jdbc.sql("""
                        insert into rat_round (county_id, region_path, standard_id, title, status, opened_on, self_due,
                                               panel_size, objection_days, created_by)
                        values (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?) returning id""")
                .params(r.countyId(), r.regionPath(), r.standardId(), r.title(), r.openedOn(), r.selfDue(),
                        r.panelSize(), r.objectionDays(), r.actor()).query(Long.class).single();
    }

    /** Puts every project serving an estate of the county on the day into the round; returns how many. */
    public int addEntries(long roundId, String countyPath, LocalDate day) {
        return jdbc.sql("""
                        insert into rat_entry (round_id, project_id, company_id, company_name, estate_id, estate_name,
                                               township_name, region_path, stage)
                        select :round, p.id, c.id, c.name, e.id, e.name, t.name, e.region_path, 'PENDING'
                          from mkt_project p join mkt_company c on c.id = p.company_id
                               join reg_estate e on e.id = p.estate_id
                               join reg_region m on m.id = e.community_id join reg_region t on t.id = m.parent_id
                         where e.region_path like :path and p.started_on <= :day
                           and (p.ended_on is null or p.ended_on >= :day)""")
                .param("round", roundId).param("path", countyPath + "%").param("day", day).update();
    }

    public boolean openRound(long countyId) {
        return jdbc.sql("select count(*) from rat_round where county_id = ? and status = 'OPEN'").param(countyId)
                .query(Long.class).single() > 0;
    }

    /** Rounds of the county whose path is given (officials), or rounds holding an entry inside the condition. */
    public List<Round> rounds(String countyPath, Jurisdiction.Condition entries, PageRequest page) {
        Where w = roundsWhere(countyPath, entries);
        return jdbc.sql(ROUND + " where " + w.sql() + " order by r.opened_on desc, r.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(RatingStore::round).list();
    }

    public long countRounds(String countyPath, Jurisdiction.Condition entries) {
        Where w = roundsWhere(countyPath, entries);
        return jdbc.sql("select count(*) from rat_round r where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    public Optional<Round> round(long id, String countyPath, Jurisdiction.Condition entries) {
        Where w = roundsWhere(countyPath, entries).and("r.id = :id", Map.of("id", id));
        return jdbc.sql(ROUND + " where " + w.sql()).params(w.params()).query(RatingStore::round).optional();
    }

    /** The round, unscoped (for a facade that has already checked the caller may see the entry). */
    public Round round(long id) {
        return jdbc.sql(ROUND + " where r.id = ?").param(id).query(RatingStore::round).single();
    }

    private static Where roundsWhere(String countyPath, Jurisdiction.Condition entries) {
        if (countyPath != null) {
            return new Where().and("r.region_path = :county", Map.of("county", countyPath));
        }
        return new Where().and("exists (select 1 from rat_entry x where x.round_id = r.id and " + entries.sql() + ")",
                entries.params());
    }

    public void publishRound(long id, LocalDate on, LocalDate objectionUntil) {
        jdbc.sql("update rat_round set status = 'PUBLISHED', published_on = ?, objection_until = ? where id = ?")
                .params(on, objectionUntil, id).update();
        // the stars these projects held until now end the day before
        jdbc.sql("""
                        update rat_entry o set valid_until = cast(:on as date) - 1
                         where o.valid_until is null and o.stage = 'PUBLISHED' and o.round_id <> :id
                           and o.project_id in (select project_id from rat_entry where round_id = :id
                                                                                   and stage = 'APPROVED')""")
                .param("on", on).param("id", id).update();
        jdbc.sql("update rat_entry set stage = 'PUBLISHED', valid_from = ? where round_id = ? and stage = 'APPROVED'")
                .params(on, id).update();
    }

    // entries

    public List<Entry> entries(long roundId, Jurisdiction.Condition in, EntryStage stage, String text,
                               PageRequest page) {
        Where w = entriesWhere(roundId, in, stage, text);
        return jdbc.sql(ENTRY + " where " + w.sql()
                        + " order by x.township_name, x.estate_name, x.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(RatingStore::entry).list();
    }

    public long countEntries(long roundId, Jurisdiction.Condition in, EntryStage stage, String text) {
        Where w = entriesWhere(roundId, in, stage, text);
        return jdbc.sql("select count(*) from rat_entry x where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    private static Where entriesWhere(long roundId, Jurisdiction.Condition in, EntryStage stage, String text) {
        return new Where().and("x.round_id = :round", Map.of("round", roundId)).and(in.sql(), in.params())
                .andIf(stage == null ? null : stage.name(), "x.stage = :stage", "stage")
                .andIf(Where.contains(text), "(x.estate_name like :text or x.company_name like :text)", "text");
    }

    public Optional<Entry> entry(long roundId, long projectId, Jurisdiction.Condition in) {
        Where w = new Where().and("x.round_id = :round and x.project_id = :project",
                Map.of("round", roundId, "project", projectId)).and(in.sql(), in.params());
        return jdbc.sql(ENTRY + " where " + w.sql()).params(w.params()).query(RatingStore::entry).optional();
    }

    /** A project's entries of every round, newest first, inside the condition. */
    public List<Entry> history(long projectId, Jurisdiction.Condition in) {
        Where w = new Where().and("x.project_id = :project", Map.of("project", projectId)).and(in.sql(), in.params());
        return jdbc.sql(ENTRY + " where " + w.sql() + " order by x.round_id desc").params(w.params())
                .query(RatingStore::entry).list();
    }

    /** Moves the entry on, only from the stage expected (false: someone else moved it first). */
    public boolean stage(long entryId, EntryStage from, EntryStage to) {
        return jdbc.sql("update rat_entry set stage = ? where id = ? and stage = ?")
                .params(to.name(), entryId, from.name()).update() == 1;
    }

    public void approve(long entryId, String actor, LocalDate on) {
        jdbc.sql("update rat_entry set stage = 'APPROVED', approved_by = ?, approved_on = ? where id = ? and stage = 'SCORED'")
                .params(actor, on, entryId).update();
    }

    public void result(long entryId, BigDecimal score, Integer star, boolean vetoed, List<Section> sections) {
        jdbc.sql("update rat_entry set final_score = ?, star = ?, vetoed = ? where id = ?")
                .params(score, star, vetoed, entryId).update();
        jdbc.sql("delete from rat_entry_section where entry_id = ?").param(entryId).update();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            jdbc.sql("insert into rat_entry_section (entry_id, position, section, score, max_score) values (?, ?, ?, ?, ?)")
                    .params(entryId, i + 1, s.section(), s.score(), s.maxScore()).update();
        }
    }

    public void star(long entryId, Integer star) {
        jdbc.sql("update rat_entry set star = ? where id = ?").params(star, entryId).update();
    }

    public List<Section> sections(long entryId) {
        return jdbc.sql("select section, score, max_score from rat_entry_section where entry_id = ? order by position")
                .param(entryId).query((rs, n) -> new Section(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list();
    }

    // sheets and panel

    public void saveSheet(NewSheet s) {
        jdbc.sql("delete from rat_sheet where entry_id = ? and phase = ? and expert_id = ?")
                .params(s.entryId(), s.phase(), s.expertId()).update();
        long id = jdbc.sql("""
                        insert into rat_sheet (entry_id, phase, expert_id, total, note, evidence, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.entryId(), s.phase(), s.expertId(), s.total(), s.note(), s.evidence(), s.actor())
                .query(Long.class).single();
        s.points().forEach((item, p) -> jdbc.sql("insert into rat_sheet_score (sheet_id, item_id, points) values (?, ?, ?)")
                .params(id, item, p).update());
        s.vetoes().forEach(item -> jdbc.sql(
                        "insert into rat_sheet_score (sheet_id, item_id, points, vetoed) values (?, ?, 0, true)")
                .params(id, item).update());
    }

    public List<Sheet> sheets(long entryId) {
        Map<Long, List<Points>> points = new java.util.HashMap<>();
        jdbc.sql("""
                        select p.sheet_id, p.item_id, p.points, p.vetoed from rat_sheet_score p
                          join rat_sheet s on s.id = p.sheet_id where s.entry_id = ? order by p.item_id""")
                .param(entryId).query((rs, n) -> points.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Points(rs.getLong(2), rs.getBigDecimal(3), rs.getBoolean(4)))).list();
        return jdbc.sql("""
                        select s.id, s.phase, s.expert_id, m.expert_name, s.total, s.note, s.evidence, s.entered_by,
                               s.entered_at
                          from rat_sheet s left join rat_panel_member m on m.entry_id = s.entry_id
                                                                       and m.expert_id = s.expert_id
                         where s.entry_id = ?
                         order by case s.phase when 'SELF' then 0 when 'TOWNSHIP' then 1 else 2 end, s.expert_id""")
                .param(entryId).query((rs, n) -> new Sheet(rs.getLong(1), rs.getString(2),
                        rs.getLong(3) == 0 ? null : rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                        points.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    public void panel(long entryId, long seed, Map<Long, String> experts) {
        jdbc.sql("update rat_entry set panel_seed = ? where id = ?").params(seed, entryId).update();
        experts.forEach((id, name) -> jdbc.sql(
                        "insert into rat_panel_member (entry_id, expert_id, expert_name) values (?, ?, ?)")
                .params(entryId, id, name).update());
    }

    public List<PanelMember> panel(long entryId) {
        return jdbc.sql("""
                        select m.expert_id, m.expert_name, exists (select 1 from rat_sheet s where s.entry_id = m.entry_id
                               and s.phase = 'EXPERT' and s.expert_id = m.expert_id)
                          from rat_panel_member m where m.entry_id = ? order by m.expert_id""")
                .param(entryId).query((rs, n) -> new PanelMember(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    // objections

    public long object(long entryId, String actor, String role, String reason) {
        return jdbc.sql("insert into rat_objection (entry_id, filed_by, filed_role, reason) values (?, ?, ?, ?) returning id")
                .params(entryId, actor, role, reason).query(Long.class).single();
    }

    /** Answers an unanswered objection of the entry; false when there is none with that id. */
    public boolean answer(long entryId, long objectionId, String outcome, Integer revisedStar, String answer,
                          String actor) {
        return jdbc.sql("""
                        update rat_objection set outcome = ?, revised_star = ?, answer = ?, answered_by = ?,
                                                 answered_at = now()
                         where id = ? and entry_id = ? and answer is null""")
                .params(outcome, revisedStar, answer, actor, objectionId, entryId).update() == 1;
    }

    public List<Objection> objections(long entryId) {
        return jdbc.sql("""
                        select id, reason, filed_role, filed_at, outcome, revised_star, answer, answered_at
                          from rat_objection where entry_id = ? order by id""")
                .param(entryId).query((rs, n) -> new Objection(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), (Integer) rs.getObject(6),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class))).list();
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong(1), rs.getString(2), RoundStatus.valueOf(rs.getString(3)), rs.getLong(4),
                rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getInt(8),
                rs.getInt(9), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getLong(12),
                rs.getLong(13));
    }

    static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getString(8), EntryStage.valueOf(rs.getString(9)), rs.getBigDecimal(10),
                rs.getObject(11) == null ? null : rs.getInt(11), rs.getBoolean(12), rs.getObject(13, LocalDate.class),
                rs.getObject(14, LocalDate.class));
    }
}
