package org.anju.credit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.credit.CreditList;
import org.anju.credit.CreditScheme;
import org.anju.credit.CreditSource;
import org.anju.credit.CreditView.Event;
import org.anju.credit.CreditView.History;
import org.anju.credit.CreditView.Objection;
import org.anju.credit.CreditView.Rule;
import org.anju.credit.CreditView.Standing;
import org.anju.credit.EventStatus;
import org.anju.credit.Grade;
import org.anju.credit.ObjectionStatus;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credit module's SQL. */
@Repository
public class CreditStore {

    /** A new event row; points, veto and expiry come from the rule at the time. */
    public record NewEvent(long companyId, String companyName, Long projectId, Long estateId, String regionPath,
                           Long managerId, String managerName, LocalDate occurredOn, CreditSource source, String sourceRef,
                           Rule rule, LocalDate expiresOn, String summary, String recordedBy) {
    }

    /** A project manager as credit knows them: the company and the name its projects give. */
    public record ManagerRow(long id, long companyId, String name) {
    }

    /** The manager of that company and name, created on first use. */
    public long manager(long companyId, String name) {
        jdbc.sql("insert into crd_manager (company_id, name) values (?, ?) on conflict (company_id, name) do nothing")
                .params(companyId, name).update();
        return jdbc.sql("select id from crd_manager where company_id = ? and name = ?").params(companyId, name)
                .query(Long.class).single();
    }

    public Optional<ManagerRow> manager(long id) {
        return jdbc.sql("select id, company_id, name from crd_manager where id = ?").param(id)
                .query((rs, n) -> new ManagerRow(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** The managers of a company that have at least one event, by name. */
    public List<ManagerRow> managers(long companyId) {
        return jdbc.sql("""
                        select m.id, m.company_id, m.name from crd_manager m where m.company_id = ?
                        and exists (select 1 from crd_event e where e.manager_id = m.id) order by m.name, m.id""")
                .param(companyId).query((rs, n) -> new ManagerRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** The events recorded on a manager, as the arithmetic sees them. */
    public List<CreditScheme.Counted> countedOfManager(long managerId) {
        return jdbc.sql("select points, veto, status, occurred_on, expires_on from crd_event where manager_id = ?")
                .param(managerId).query((rs, n) -> counted(rs)).list();
    }

    public List<Event> eventsOfManager(long managerId, CreditScheme scheme, LocalDate today) {
        return jdbc.sql(EVENT + " where e.manager_id = ? order by e.occurred_on desc, e.id desc").param(managerId)
                .query((rs, n) -> event(rs, scheme, today)).list();
    }

    private static CreditScheme.Counted counted(ResultSet rs) throws SQLException {
        return new CreditScheme.Counted(rs.getBigDecimal("points"), rs.getBoolean("veto"),
                EventStatus.valueOf(rs.getString("status")), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class));
    }

    /** Filters of the event list; null = any. companies null = all companies. */
    public record EventFilter(Collection<Long> companies, Long companyId, CreditSource source, EventStatus status) {
    }

    private static final String EVENT = """
            select e.*, r.name rule_name, (e.recorded_at at time zone 'Asia/Shanghai')::date recorded_on
            from crd_event e join crd_rule r on r.code = e.rule_code""";

    private final JdbcClient jdbc;

    CreditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CreditScheme scheme() {
        return jdbc.sql("select * from crd_scheme where id = 1").query((rs, n) -> new CreditScheme(
                rs.getBigDecimal("base_score"), rs.getBigDecimal("cut_aaa"), rs.getBigDecimal("cut_aa"),
                rs.getBigDecimal("cut_a"), rs.getBigDecimal("cut_b"), rs.getInt("objection_days"),
                rs.getInt("public_years"))).single();
    }

    public void saveScheme(CreditScheme s, String by) {
        jdbc.sql("""
                        update crd_scheme set base_score = ?, cut_aaa = ?, cut_aa = ?, cut_a = ?, cut_b = ?,
                        objection_days = ?, public_years = ?, updated_by = ?, updated_at = now() where id = 1""")
                .params(s.base(), s.cutAaa(), s.cutAa(), s.cutA(), s.cutB(), s.objectionDays(), s.publicYears(), by)
                .update();
    }

    public List<Rule> rules() {
        return jdbc.sql("select * from crd_rule order by sort").query(CreditStore::rule).list();
    }

    public Optional<Rule> rule(String code) {
        return jdbc.sql("select * from crd_rule where code = ?").param(code).query(CreditStore::rule).optional();
    }

    public void saveRule(String code, BigDecimal points, int validityMonths, boolean veto) {
        jdbc.sql("update crd_rule set points = ?, validity_months = ?, veto = ? where code = ?")
                .params(points, validityMonths, veto, code).update();
    }

    public boolean exists(CreditSource source, String sourceRef, String ruleCode) {
        return jdbc.sql("select count(*) from crd_event where source = ? and source_ref = ? and rule_code = ?")
                .params(source.name(), sourceRef, ruleCode).query(Long.class).single() > 0;
    }

    /** Inserts the event unless one with the same source, reference and rule exists; its id, or empty if it did. */
    public Optional<Long> insert(NewEvent e) {
        return jdbc.sql("""
                        insert into crd_event (company_id, company_name, project_id, estate_id, region_path, manager_id,
                            manager_name, occurred_on, source, source_ref, rule_code, points, veto, expires_on, summary,
                            recorded_by)
                        values (:company, :name, :project, :estate, :path, :managerId, :manager, :occurred, :source, :ref, :rule,
                            :points, :veto, :expires, :summary, :by)
                        on conflict (source, source_ref, rule_code) do nothing returning id""")
                .params(params(e)).query(Long.class).optional();
    }

    private static Map<String, Object> params(NewEvent e) {
        Map<String, Object> p = new HashMap<>();
        p.put("company", e.companyId());
        p.put("name", e.companyName());
        p.put("project", e.projectId());
        p.put("estate", e.estateId());
        p.put("path", e.regionPath());
        p.put("managerId", e.managerId());
        p.put("manager", e.managerName());
        p.put("occurred", e.occurredOn());
        p.put("source", e.source().name());
        p.put("ref", e.sourceRef());
        p.put("rule", e.rule().code());
        p.put("points", e.rule().points());
        p.put("veto", e.rule().veto());
        p.put("expires", e.expiresOn());
        p.put("summary", e.summary());
        p.put("by", e.recordedBy());
        return p;
    }

    public Optional<Event> event(long id, CreditScheme scheme, LocalDate today) {
        return jdbc.sql(EVENT + " where e.id = ?").param(id).query((rs, n) -> event(rs, scheme, today)).optional();
    }

    public List<Event> events(long companyId, CreditScheme scheme, LocalDate today) {
        return jdbc.sql(EVENT + " where e.company_id = ? order by e.occurred_on desc, e.id desc").param(companyId)
                .query((rs, n) -> event(rs, scheme, today)).list();
    }

    public List<Event> events(EventFilter f, PageRequest page, CreditScheme scheme, LocalDate today) {
        Where w = where(f);
        return jdbc.sql(EVENT + " where " + w.sql() + " order by e.occurred_on desc, e.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> event(rs, scheme, today)).list();
    }

    public long count(EventFilter f) {
        Where w = where(f);
        return jdbc.sql("select count(*) from crd_event e where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    private static Where where(EventFilter f) {
        Where w = new Where();
        if (f.companies() != null) {
            w.and(f.companies().isEmpty() ? "1 = 0" : "e.company_id in (:companies)",
                    f.companies().isEmpty() ? Map.of() : Map.of("companies", f.companies()));
        }
        return w.andIf(f.companyId(), "e.company_id = :company", "company")
                .andIf(f.source() == null ? null : f.source().name(), "e.source = :source", "source")
                .andIf(f.status() == null ? null : f.status().name(), "e.status = :status", "status");
    }

    private static Event event(ResultSet rs, CreditScheme scheme, LocalDate today) throws SQLException {
        EventStatus status = EventStatus.valueOf(rs.getString("status"));
        LocalDate occurred = rs.getObject("occurred_on", LocalDate.class);
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        BigDecimal points = rs.getBigDecimal("points");
        boolean veto = rs.getBoolean("veto");
        return new Event(rs.getLong("id"), rs.getLong("company_id"), rs.getString("company_name"),
                (Long) rs.getObject("project_id"), (Long) rs.getObject("estate_id"), (Long) rs.getObject("manager_id"),
                rs.getString("manager_name"),
                occurred, CreditSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
                rs.getString("rule_code"), rs.getString("rule_name"), points, veto, expires, rs.getString("summary"),
                status, new CreditScheme.Counted(points, veto, status, occurred, expires).countsOn(today),
                scheme.objectionUntil(rs.getObject("recorded_on", LocalDate.class)), rs.getString("recorded_by"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("close_note"));
    }

    public List<CreditScheme.Counted> counted(long companyId) {
        return jdbc.sql("select points, veto, status, occurred_on, expires_on from crd_event where company_id = ?")
                .param(companyId).query((rs, n) -> counted(rs)).list();
    }

    public void close(long eventId, EventStatus status, LocalDate on, String note) {
        jdbc.sql("update crd_event set status = ?, closed_on = ?, close_note = ? where id = ?")
                .params(status.name(), on, note, eventId).update();
    }

    /** Counting complaint deductions of a company since a day (the inspection draw weighs them). */
    public long complaintDeductions(long companyId, LocalDate since) {
        return jdbc.sql("""
                        select count(*) from crd_event where company_id = ? and source = 'COMPLAINT' and points < 0
                        and status = 'VALID' and occurred_on >= ?""")
                .params(companyId, since).query(Long.class).single();
    }

    // objections

    public long fileObjection(long eventId, long companyId, String reason, LocalDate filedOn, LocalDate dueOn,
                              String by) {
        return jdbc.sql("""
                        insert into crd_objection (event_id, company_id, reason, filed_on, due_on, filed_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, companyId, reason, filedOn, dueOn, by).query(Long.class).single();
    }

    public boolean hasOpenObjection(long eventId) {
        return jdbc.sql("select count(*) from crd_objection where event_id = ? and status = 'OPEN'").param(eventId)
                .query(Long.class).single() > 0;
    }

    private static final String OBJECTION = """
            select o.*, e.company_name, r.name rule_name from crd_objection o join crd_event e on e.id = o.event_id
            join crd_rule r on r.code = e.rule_code""";

    public Optional<Objection> objection(long id, LocalDate today) {
        return jdbc.sql(OBJECTION + " where o.id = ?").param(id).query((rs, n) -> objection(rs, today)).optional();
    }

    public List<Objection> objections(Long companyId, ObjectionStatus status, PageRequest page, LocalDate today) {
        Where w = objectionWhere(companyId, status);
        return jdbc.sql(OBJECTION + " where " + w.sql() + " order by o.due_on, o.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> objection(rs, today)).list();
    }

    public long countObjections(Long companyId, ObjectionStatus status) {
        Where w = objectionWhere(companyId, status);
        return jdbc.sql("select count(*) from crd_objection o where " + w.sql()).params(w.params())
                .query(Long.class).single();
    }

    private static Where objectionWhere(Long companyId, ObjectionStatus status) {
        return new Where().andIf(companyId, "o.company_id = :company", "company")
                .andIf(status == null ? null : status.name(), "o.status = :status", "status");
    }

    public void verify(long id, LocalDate dueOn) {
        jdbc.sql("update crd_objection set needs_verification = true, due_on = ? where id = ?").params(dueOn, id)
                .update();
    }

    public void answer(long id, ObjectionStatus status, String answer, LocalDate on, String by) {
        jdbc.sql("update crd_objection set status = ?, answer = ?, answered_on = ?, answered_by = ? where id = ?")
                .params(status.name(), answer, on, by, id).update();
    }

    private static Objection objection(ResultSet rs, LocalDate today) throws SQLException {
        ObjectionStatus status = ObjectionStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        return new Objection(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("company_id"),
                rs.getString("company_name"), rs.getString("rule_name"), rs.getString("reason"),
                rs.getObject("filed_on", LocalDate.class), rs.getBoolean("needs_verification"), due, status,
                rs.getString("answer"), rs.getObject("answered_on", LocalDate.class),
                status == ObjectionStatus.OPEN && today.isAfter(due));
    }

    // grades

    public Optional<Standing> standing(long companyId) {
        return jdbc.sql("select * from crd_grade where company_id = ?").param(companyId).query(CreditStore::standing)
                .optional();
    }

    /** Writes the current grade; records a history row when the score, grade or list changed. */
    public void saveGrade(long companyId, String name, BigDecimal score, Grade grade, CreditList list, LocalDate today,
                          String cause) {
        Optional<Standing> before = standing(companyId);
        boolean changed = before.map(b -> b.score().compareTo(score) != 0 || b.grade() != grade || b.list() != list)
                .orElse(true);
        boolean newGrade = before.map(b -> b.grade() != grade || b.list() != list).orElse(true);
        LocalDate since = newGrade ? today : before.get().since();
        jdbc.sql("""
                        insert into crd_grade (company_id, company_name, score, grade, list, since, computed_on)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (company_id) do update set company_name = excluded.company_name,
                        score = excluded.score, grade = excluded.grade, list = excluded.list, since = excluded.since,
                        computed_on = excluded.computed_on""")
                .params(companyId, name, score, grade.name(), list.name(), since, today).update();
        if (changed) {
            jdbc.sql("insert into crd_grade_history (company_id, score, grade, list, since, cause) values (?, ?, ?, ?, ?, ?)")
                    .params(companyId, score, grade.name(), list.name(), today, cause).update();
        }
    }

    public List<History> history(long companyId) {
        return jdbc.sql("select * from crd_grade_history where company_id = ? order by since desc, id desc limit 50")
                .param(companyId).query((rs, n) -> new History(rs.getBigDecimal("score"),
                        Grade.valueOf(rs.getString("grade")), CreditList.valueOf(rs.getString("list")),
                        rs.getObject("since", LocalDate.class), rs.getString("cause"))).list();
    }

    /** The grade each company had on a day (its latest history row up to that day). */
    public Map<Long, Grade> gradesOn(Collection<Long> companies, LocalDate day) {
        Map<Long, Grade> grades = new HashMap<>();
        if (companies.isEmpty()) {
            return grades;
        }
        jdbc.sql("""
                        select distinct on (company_id) company_id, grade from crd_grade_history
                        where company_id in (:companies) and since <= :day order by company_id, since desc, id desc""")
                .param("companies", companies).param("day", day)
                .query((rs, n) -> grades.put(rs.getLong("company_id"), Grade.valueOf(rs.getString("grade")))).list();
        return grades;
    }

    public List<Standing> onList(CreditList list) {
        return jdbc.sql("select * from crd_grade where list = ? order by score desc, company_name").param(list.name())
                .query(CreditStore::standing).list();
    }

    public List<Standing> standings(String text, PageRequest page) {
        return jdbc.sql("""
                        select * from crd_grade where (cast(:text as text) is null or company_name like :text)
                        order by score desc, company_name limit :limit offset :offset""")
                .param("text", Where.contains(text)).param("limit", page.size()).param("offset", page.offset())
                .query(CreditStore::standing).list();
    }

    public long countStandings(String text) {
        return jdbc.sql("select count(*) from crd_grade where (cast(:text as text) is null or company_name like :text)")
                .param("text", Where.contains(text)).query(Long.class).single();
    }

    /** Deductions of a company that still count or were never repaired, newest first (for public disclosure). */
    public List<Event> deductions(long companyId, CreditScheme scheme, LocalDate today) {
        return jdbc.sql(EVENT + " where e.company_id = ? and e.points < 0 and e.status = 'VALID'"
                        + " order by e.occurred_on desc, e.id desc").param(companyId)
                .query((rs, n) -> event(rs, scheme, today)).list();
    }

    private static Standing standing(ResultSet rs, int n) throws SQLException {
        return new Standing(rs.getLong("company_id"), rs.getString("company_name"), rs.getBigDecimal("score"),
                Grade.valueOf(rs.getString("grade")), CreditList.valueOf(rs.getString("list")),
                rs.getObject("since", LocalDate.class));
    }

    private static Rule rule(ResultSet rs, int n) throws SQLException {
        BigDecimal points = rs.getBigDecimal("points");
        BigDecimal defaultPoints = rs.getBigDecimal("default_points");
        int months = rs.getInt("validity_months");
        int defaultMonths = rs.getInt("default_validity_months");
        boolean veto = rs.getBoolean("veto");
        boolean defaultVeto = rs.getBoolean("default_veto");
        return new Rule(rs.getString("code"), CreditSource.valueOf(rs.getString("source")), rs.getString("name"),
                points, months, veto, defaultPoints, defaultMonths, defaultVeto,
                points.compareTo(defaultPoints) == 0 && months == defaultMonths && veto == defaultVeto);
    }
}
