package org.anju.stats.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anju.platform.PageRequest;
import org.anju.stats.internal.AssessmentStore.Evidence;
import org.anju.platform.Where;
import org.anju.stats.SupervisionView.Event;
import org.anju.stats.SupervisionView.Status;
import org.anju.stats.SupervisionView.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** sts_task and its history sts_task_event. */
@Repository
public class TaskStore {

    /** The caller's scope: a county's tasks, or one township's. */
    public record Scope(long countyId, Long townshipId) {
    }

    /** A new task. */
    public record NewTask(long countyId, long townshipId, String townshipName, String path, String title, String body,
                          LocalDate assignedOn, Integer workingDays, LocalDate dueOn, String by, String key) {
    }

    private static final String OPEN = "t.status in ('ASSIGNED', 'RETURNED')";
    private static final String COLUMNS = "t.id, t.township_id, t.township_name, t.title, t.body, t.assigned_on,"
            + " t.working_days, t.due_on, t.status, t.escalated_at, t.report_text, t.report_name, t.reported_at,"
            + " t.decision_note, t.decided_at, t.created_by";

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewTask t) {
        return jdbc.sql("""
                        insert into sts_task (county_id, township_id, township_name, region_path, title, body,
                                              assigned_on, working_days, due_on, status, created_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', ?, ?) returning id""")
                .params(t.countyId(), t.townshipId(), t.townshipName(), t.path(), t.title(), t.body(), t.assignedOn(),
                        t.workingDays(), t.dueOn(), t.by(), t.key())
                .query(Long.class).single();
    }

    public Optional<Long> byKey(String key) {
        return jdbc.sql("select id from sts_task where idempotency_key = ?").param(key).query(Long.class).optional();
    }

    public PageResult page(Scope s, Status status, Boolean overdue, LocalDate today, PageRequest page) {
        Where w = where(s, status, overdue, today);
        List<Task> tasks = jdbc.sql("select " + COLUMNS + " from sts_task t where " + w.sql()
                        + " order by case when " + OPEN + " and t.due_on < :today then 0 else 1 end, t.due_on, t.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("today", today).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> task(rs, today)).list();
        long total = jdbc.sql("select count(*) from sts_task t where " + w.sql()).params(w.params())
                .query(Long.class).single();
        return new PageResult(tasks, total);
    }

    /** A page of tasks and the count of all that match. */
    public record PageResult(List<Task> tasks, long total) {
    }

    /** One task in the scope; {@code lock} takes its row for a change. */
    public Optional<Task> find(Scope s, long id, LocalDate today, boolean lock) {
        Where w = where(s, null, null, today).and("t.id = :id", java.util.Map.of("id", id));
        return jdbc.sql("select " + COLUMNS + " from sts_task t where " + w.sql() + (lock ? " for update" : ""))
                .params(w.params()).query((rs, n) -> task(rs, today)).optional();
    }

    public List<Event> events(long id) {
        return jdbc.sql("select kind, note, actor, at from sts_task_event where task_id = ? order by id").param(id)
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    public void event(long id, String kind, String note, String actor) {
        jdbc.sql("insert into sts_task_event (task_id, kind, note, actor) values (?, ?, ?, ?)")
                .params(id, kind, note, actor).update();
    }

    public void reported(long id, String text, Evidence file, String by) {
        jdbc.sql("""
                        update sts_task set status = 'REPORTED', report_text = :text, reported_at = now(),
                            reported_by = :by, report_name = case when :hasFile then :name else report_name end,
                            report_type = case when :hasFile then :type else report_type end,
                            report_file = case when :hasFile then :content else report_file end
                        where id = :id""")
                .param("text", text).param("by", by).param("hasFile", file != null)
                .param("name", file == null ? null : file.name()).param("type", file == null ? null : file.type())
                .param("content", file == null ? null : file.content()).param("id", id).update();
    }

    public void decided(long id, Status status, String note, String by) {
        jdbc.sql("update sts_task set status = ?, decision_note = ?, decided_at = now(), decided_by = ? where id = ?")
                .params(status.name(), note, by, id).update();
    }

    public Optional<Evidence> attachment(long id) {
        return jdbc.sql("select report_name, report_type, report_file from sts_task where id = ? and report_file is not null")
                .param(id).query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Overdue tasks not escalated yet, locked for the sweep. */
    public List<Long> toEscalate(LocalDate today) {
        return jdbc.sql("select t.id from sts_task t where " + OPEN + " and t.due_on < ? and t.escalated_at is null"
                + " order by t.id for update skip locked").param(today).query(Long.class).list();
    }

    public void escalated(long id, Instant at) {
        jdbc.sql("update sts_task set escalated_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    private static Where where(Scope s, Status status, Boolean overdue, LocalDate today) {
        Where w = new Where().and("t.county_id = :county", java.util.Map.of("county", s.countyId()))
                .andIf(s.townshipId(), "t.township_id = :township", "township")
                .andIf(status == null ? null : status.name(), "t.status = :status", "status");
        if (Boolean.TRUE.equals(overdue)) {
            w = w.and(OPEN + " and t.due_on < :todayOverdue", java.util.Map.of("todayOverdue", today));
        }
        return w;
    }

    private static Task task(ResultSet rs, LocalDate today) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        boolean open = status == Status.ASSIGNED || status == Status.RETURNED;
        return new Task(rs.getLong("id"), rs.getLong("township_id"), rs.getString("township_name"),
                rs.getString("title"), rs.getString("body"), rs.getObject("assigned_on", LocalDate.class),
                (Integer) rs.getObject("working_days"), due, status, open && due.isBefore(today),
                instant(rs, "escalated_at"), rs.getString("report_text"), rs.getString("report_name"),
                instant(rs, "reported_at"), rs.getString("decision_note"), instant(rs, "decided_at"),
                rs.getString("created_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
