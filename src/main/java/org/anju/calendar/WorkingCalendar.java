package org.anju.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.calendar.internal.CalendarStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar every module counts deadlines with ({@link WorkingDays}), read from
 * cal_day and cal_year. Only the county authority edits it; every edit is audited. The calendar is
 * held for a minute, so another node sees an edit within a minute and this node at once.
 */
@Service
public class WorkingCalendar {

    private static final Duration HOLD = Duration.ofMinutes(1);

    private final CalendarStore store;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(WorkingDays days, Instant at) {
    }

    WorkingCalendar(CalendarStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The calendar as it stands (for counting many deadlines at once). */
    public WorkingDays days() {
        Loaded l = loaded;
        Instant now = Instant.now();
        if (l == null || l.at().plus(HOLD).isBefore(now)) {
            l = new Loaded(new WorkingDays(store.specialDays(), store.knownYears()), now);
            loaded = l;
        }
        return l.days();
    }

    /** Today in the county (Asia/Shanghai), from the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    /** The n-th working day after the day of receipt (rules.md §8). */
    public LocalDate deadline(LocalDate received, int workingDays) {
        return days().deadline(received, workingDays);
    }

    /** Same as {@link #deadline}: the day n working days after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return days().deadline(from, workingDays);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days().between(from, to);
    }

    /** One year's special days and whether its official calendar was entered. */
    public Year year(int year) {
        requireYear(year);
        String source = store.source(year);
        return new Year(year, source != null, source, store.specialDays(year));
    }

    /** A year's calendar as entered: the source notice (null if not entered yet) and its special days. */
    public record Year(int year, boolean entered, String source, List<SpecialDay> days) {
    }

    /** Sets one day's kind (county only). */
    @Transactional
    public SpecialDay set(LocalDate day, DayKind kind, String name) {
        String actor = requireCounty();
        var errors = new java.util.ArrayList<InvalidRequestException.FieldError>();
        if (day == null) {
            errors.add(new InvalidRequestException.FieldError("day", "calendar.error.day"));
        } else if (day.getYear() < 2000 || day.getYear() > 2100) {
            errors.add(new InvalidRequestException.FieldError("day", "calendar.error.year"));
        }
        if (kind == null) {
            errors.add(new InvalidRequestException.FieldError("kind", "calendar.error.kind"));
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 40) {
            errors.add(new InvalidRequestException.FieldError("name", "calendar.error.name"));
        }
        if (errors.isEmpty() && kind == DayKind.WORKDAY && day.getDayOfWeek().getValue() < 6) {
            errors.add(new InvalidRequestException.FieldError("kind", "calendar.error.workdayOnWeekday"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "calendar.error.invalid", errors);
        }
        var before = store.day(day).orElse(null);
        store.put(day, kind, n, actor);
        forget();
        SpecialDay after = new SpecialDay(day, kind, n);
        audit.record(new AuditEntry(before == null ? "CREATE" : "UPDATE", "calendar-day", day.toString(),
                "设置工作日历 " + day + " " + n, before, after, null));
        return after;
    }

    /** Restores a day to what its weekday says (county only); true when there was something to remove. */
    @Transactional
    public boolean clear(LocalDate day) {
        requireCounty();
        var before = store.day(day).orElse(null);
        if (before == null) {
            return false;
        }
        store.delete(day);
        forget();
        audit.record(new AuditEntry("DELETE", "calendar-day", day.toString(), "取消工作日历特殊日 " + day, before, null,
                null));
        return true;
    }

    /** Marks a year's official calendar as entered, naming the notice it came from (county only). */
    @Transactional
    public Year enterYear(int year, String source) {
        String actor = requireCounty();
        requireYear(year);
        String s = source == null ? "" : source.strip();
        if (s.isEmpty() || s.length() > 200) {
            throw InvalidRequestException.field("source", "calendar.error.source");
        }
        String before = store.source(year);
        store.enterYear(year, s, actor);
        forget();
        audit.record(new AuditEntry(before == null ? "CREATE" : "UPDATE", "calendar-year", String.valueOf(year),
                "登记 " + year + " 年节假日安排", before == null ? null : Map.of("source", before), Map.of("source", s),
                null));
        return year(year);
    }

    private void forget() {
        loaded = null;
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidRequestException.field("year", "calendar.error.year");
        }
    }

    private static String requireCounty() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .map(u -> u.getUsername()).orElseThrow(() -> new AccessDeniedException("COUNTY_AUTHORITY"));
    }
}
