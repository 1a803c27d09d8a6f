package org.anju.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.calendar.WorkingCalendar;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.RegionPlaces;
import org.anju.region.RegionPlaces.Place;
import org.anju.stats.SupervisionView.Detail;
import org.anju.stats.SupervisionView.Status;
import org.anju.stats.SupervisionView.Task;
import org.anju.stats.internal.AssessmentStore.Evidence;
import org.anju.stats.internal.TaskStore;
import org.anju.stats.internal.TaskStore.NewTask;
import org.anju.stats.internal.TaskStore.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision tasks (督查督办, plan 保障措施(二)): the county assigns a task to one of its townships with a deadline in
 * working days or as a date; the township reports back (text and a file); the county accepts or returns the report.
 * A task still with the township after its deadline is overdue: red on both homes, and escalated once by
 * {@link SupervisionSweep}. A township sees its own tasks only (another's is 404).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionTasks {

    /** Longest deadline in working days. */
    static final int MAX_WORKING_DAYS = 365;

    private final TaskStore store;
    private final RegionPlaces places;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    SupervisionTasks(TaskStore store, RegionPlaces places, WorkingCalendar calendar, AuditLog audit) {
        this.store = store;
        this.places = places;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** A new task: a township, what to do, and a deadline (working days, or a date). */
    public record NewAssignment(Long townshipId, String title, String body, Integer workingDays, LocalDate dueOn,
                                String idempotencyKey) {
    }

    /** Whether the caller is the county (may assign and decide); a township false; others 403. */
    public boolean callerIsCounty() {
        return caller().county();
    }

    public PageResult<Task> tasks(Status status, Boolean overdue, PageRequest page) {
        StatsCaller c = caller();
        var result = store.page(scope(c), status, overdue, calendar.today(), page);
        return new PageResult<>(result.tasks(), result.total(), page.page(), page.size());
    }

    public Detail task(long id) {
        Task t = find(caller(), id);
        return new Detail(t, store.events(id));
    }

    /** The county assigns a task (idempotent by key). */
    @Transactional
    public Detail assign(NewAssignment n) {
        StatsCaller c = caller().requireCounty();
        if (n == null || n.townshipId() == null) {
            throw InvalidRequestException.field("townshipId", "supervision.error.township");
        }
        if (n.idempotencyKey() != null && !n.idempotencyKey().isBlank()) {
            if (n.idempotencyKey().length() > 100) {
                throw InvalidRequestException.field("idempotencyKey", "supervision.error.key");
            }
            var existing = store.byKey(n.idempotencyKey());
            if (existing.isPresent()) {
                return task(existing.get());
            }
        }
        Place t = places.place(n.townshipId()).filter(p -> p.parentId() != null && p.parentId() == c.countyId())
                .orElseThrow(() -> new NotFoundException("township", n.townshipId()));
        String title = n.title() == null ? "" : n.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw InvalidRequestException.field("title", "supervision.error.title");
        }
        String body = n.body() == null ? "" : n.body().strip();
        if (body.isEmpty() || body.length() > 2000) {
            throw InvalidRequestException.field("body", "supervision.error.body");
        }
        LocalDate today = calendar.today();
        LocalDate due;
        if (n.workingDays() != null) {
            if (n.workingDays() < 1 || n.workingDays() > MAX_WORKING_DAYS || n.dueOn() != null) {
                throw InvalidRequestException.field("workingDays", "supervision.error.deadline", MAX_WORKING_DAYS);
            }
            due = calendar.deadline(today, n.workingDays());
        } else if (n.dueOn() != null && !n.dueOn().isBefore(today) && n.dueOn().isBefore(today.plusYears(2))) {
            due = n.dueOn();
        } else {
            throw InvalidRequestException.field("dueOn", "supervision.error.deadline", MAX_WORKING_DAYS);
        }
        String key = n.idempotencyKey() == null || n.idempotencyKey().isBlank() ? null : n.idempotencyKey();
        long id = store.insert(new NewTask(c.countyId(), t.id(), t.name(), t.path(), title, body, today,
                n.workingDays(), due, c.username(), key));
        store.event(id, "ASSIGNED", title, c.username());
        audit.record(AuditEntry.created("stats-task", id, "交办督查任务 " + t.name() + " " + title,
                Map.of("township", t.name(), "dueOn", due.toString())));
        return task(id);
    }

    /** The township reports back on an open task. */
    @Transactional
    public Detail report(long id, String text, Evidence file) {
        StatsCaller c = caller();
        Task t = find(c, id, true);
        if (c.county()) {
            throw new AccessDeniedException("TOWNSHIP_OFFICE");
        }
        if (t.status() != Status.ASSIGNED && t.status() != Status.RETURNED) {
            throw InvalidRequestException.rule("status", "supervision.error.notOpen");
        }
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw InvalidRequestException.field("reportText", "supervision.error.report");
        }
        if (file != null && (file.content().length > 10 * 1024 * 1024 || file.name().length() > 200)) {
            throw InvalidRequestException.field("file", "supervision.error.file");
        }
        store.reported(id, text.strip(), file, c.username());
        store.event(id, "REPORTED", text.strip(), c.username());
        audit.record(new AuditEntry("UPDATE", "stats-task", String.valueOf(id), "报送督查任务办理情况 " + t.title(),
                Map.of("status", t.status().name()), Map.of("status", "REPORTED"), null));
        return task(id);
    }

    /** The county accepts a report (the task is done) or returns it with a reason. */
    @Transactional
    public Detail decide(long id, boolean accept, String note) {
        StatsCaller c = caller().requireCounty();
        Task t = find(c, id, true);
        if (t.status() != Status.REPORTED) {
            throw InvalidRequestException.rule("status", "supervision.error.notReported");
        }
        String n = note == null ? null : note.strip();
        if ((!accept && (n == null || n.isEmpty())) || (n != null && n.length() > 500)) {
            throw InvalidRequestException.field("note", "supervision.error.note");
        }
        Status next = accept ? Status.ACCEPTED : Status.RETURNED;
        store.decided(id, next, n == null || n.isEmpty() ? null : n, c.username());
        store.event(id, next.name(), n, c.username());
        audit.record(new AuditEntry("UPDATE", "stats-task", String.valueOf(id),
                (accept ? "办结督查任务 " : "退回督查任务 ") + t.title(), Map.of("status", "REPORTED"),
                Map.of("status", next.name()), null));
        return task(id);
    }

    /** The report's attachment; 404 outside the caller's tasks or without one. */
    public Evidence attachment(long id) {
        find(caller(), id);
        return store.attachment(id).orElseThrow(() -> new NotFoundException("attachment", id));
    }

    /** The home's to-do: the county's reports to decide and overdue tasks; the township's open tasks. */
    public List<Task> todo(int limit) {
        StatsCaller c = caller();
        LocalDate today = calendar.today();
        if (c.county()) {
            var overdue = store.page(scope(c), null, true, today, new PageRequest(0, limit)).tasks();
            var reported = store.page(scope(c), Status.REPORTED, null, today, new PageRequest(0, limit)).tasks();
            return java.util.stream.Stream.concat(overdue.stream(), reported.stream()).limit(limit).toList();
        }
        var open = new java.util.ArrayList<>(store.page(scope(c), Status.ASSIGNED, null, today,
                new PageRequest(0, limit)).tasks());
        open.addAll(store.page(scope(c), Status.RETURNED, null, today, new PageRequest(0, limit)).tasks());
        open.sort(java.util.Comparator.comparing(Task::dueOn));
        return open.stream().limit(limit).toList();
    }

    private Task find(StatsCaller c, long id) {
        return find(c, id, false);
    }

    private Task find(StatsCaller c, long id, boolean lock) {
        return store.find(scope(c), id, calendar.today(), lock).orElseThrow(() -> new NotFoundException("task", id));
    }

    private static Scope scope(StatsCaller c) {
        return new Scope(c.countyId(), c.townshipId());
    }

    private StatsCaller caller() {
        return StatsCaller.current(places);
    }
}
