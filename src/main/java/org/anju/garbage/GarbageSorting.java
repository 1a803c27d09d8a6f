package org.anju.garbage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.garbage.GarbageView.Check;
import org.anju.garbage.GarbageView.ClearanceLog;
import org.anju.garbage.GarbageView.Coverage;
import org.anju.garbage.GarbageView.Site;
import org.anju.garbage.internal.SiteStore;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Garbage sorting's public API (plan §21). Reads every estate of the caller's jurisdiction (outside = 404). The
 * county, township, community or serving company records an estate's set-up; the community or the serving company
 * records one clearance check per estate and day (others 403). Every write audited.
 */
@Service
@Transactional(readOnly = true)
public class GarbageSorting {

    /** An estate's sorting set-up as entered; counts default to 0. */
    public record SiteForm(SortingStatus status, LocalDate startedOn, Integer binsKitchen, Integer binsRecyclable,
                           Integer binsHazardous, Integer binsOther, Integer transferVehicles, String transferNote,
                           Integer guides, Integer noticeBoards, Boolean recyclingPoint) {
    }

    /** A day's check: whether the day's garbage was cleared, and a note (required when not). */
    public record CheckForm(LocalDate checkedOn, Boolean cleared, String note) {
    }

    static final Set<Role> SET_UP = Set.of(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY,
            Role.PROPERTY_COMPANY);
    static final Set<Role> CHECKERS = Set.of(Role.COMMUNITY, Role.PROPERTY_COMPANY);

    private final SiteStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    GarbageSorting(SiteStore store, Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Site> list(SortingStatus status, Long townshipId, String text, PageRequest page) {
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, status, townshipId, text, page), store.count(j, status, townshipId, text),
                page.page(), page.size());
    }

    public Site get(long estateId) {
        return store.find(jurisdictions.current(), estateId).orElseThrow(() -> new NotFoundException("estate", estateId));
    }

    /** Coverage per township for the county, per community for everyone else. */
    public List<Coverage> coverage() {
        boolean county = Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
        return store.coverage(jurisdictions.current(), county);
    }

    public static boolean maySetUp() {
        return Jurisdictions.currentUser().filter(u -> SET_UP.contains(u.role())).isPresent();
    }

    public static boolean mayCheck() {
        return Jurisdictions.currentUser().filter(u -> CHECKERS.contains(u.role())).isPresent();
    }

    @Transactional
    public Site save(long estateId, SiteForm f) {
        AnjuUser user = role(SET_UP);
        Site before = get(estateId);
        List<FieldError> errors = new ArrayList<>();
        if (f == null || f.status() == null) {
            errors.add(new FieldError("status", "garbage.error.status"));
        }
        LocalDate today = LocalDate.now(clock);
        if (f != null && f.status() != null && f.status() != SortingStatus.NONE
                && (f.startedOn() == null || f.startedOn().isAfter(today) || f.startedOn().getYear() < 2000)) {
            errors.add(new FieldError("startedOn", "garbage.error.startedOn"));
        }
        int k = count(errors, "binsKitchen", f == null ? null : f.binsKitchen(), 9999);
        int r = count(errors, "binsRecyclable", f == null ? null : f.binsRecyclable(), 9999);
        int h = count(errors, "binsHazardous", f == null ? null : f.binsHazardous(), 9999);
        int o = count(errors, "binsOther", f == null ? null : f.binsOther(), 9999);
        int tv = count(errors, "transferVehicles", f == null ? null : f.transferVehicles(), 999);
        int g = count(errors, "guides", f == null ? null : f.guides(), 999);
        int nb = count(errors, "noticeBoards", f == null ? null : f.noticeBoards(), 999);
        String note = f == null ? null : text(errors, "transferNote", f.transferNote(), 500);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        SiteStore.Fields fields = new SiteStore.Fields(f.status(), f.status() == SortingStatus.NONE ? null
                : f.startedOn(), k, r, h, o, tv, note, g, nb, Boolean.TRUE.equals(f.recyclingPoint()));
        store.save(estateId, fields, user.getUsername());
        audit.record(new AuditEntry("UPDATE", "garbage-site", String.valueOf(estateId),
                "垃圾分类设置 " + before.estateName(), before, fields, null));
        return get(estateId);
    }

    /** Records the day's check; a second check of the same day, a future day or a day before sorting began: 422. */
    @Transactional
    public Check check(long estateId, CheckForm f) {
        AnjuUser user = role(CHECKERS);
        Site site = get(estateId);
        List<FieldError> errors = new ArrayList<>();
        if (f == null || f.checkedOn() == null) {
            errors.add(new FieldError("checkedOn", "garbage.error.checkedOn"));
        }
        if (f == null || f.cleared() == null) {
            errors.add(new FieldError("cleared", "garbage.error.cleared"));
        }
        String note = f == null ? null : text(errors, "note", f.note(), 500);
        if (f != null && Boolean.FALSE.equals(f.cleared()) && note == null) {
            errors.add(new FieldError("note", "garbage.error.note"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (site.status() == SortingStatus.NONE || site.startedOn() == null) {
            throw InvalidRequestException.rule("estateId", "garbage.error.notSorting");
        }
        if (f.checkedOn().isAfter(LocalDate.now(clock)) || f.checkedOn().isBefore(site.startedOn())) {
            throw InvalidRequestException.rule("checkedOn", "garbage.error.checkDay", site.startedOn().toString());
        }
        if (!store.check(estateId, f.checkedOn(), f.cleared(), note, user.getUsername())) {
            throw InvalidRequestException.rule("checkedOn", "garbage.error.checkedTwice", f.checkedOn().toString());
        }
        audit.record(AuditEntry.created("garbage-check", estateId, "清运检查 " + site.estateName() + " "
                + f.checkedOn() + (f.cleared() ? " 已清运" : " 未清运"), f));
        return store.checks(estateId, f.checkedOn(), f.checkedOn()).get(0);
    }

    /** The checks from {@code from} to {@code to} (default: the last 30 days), the missed days and the rate. */
    public ClearanceLog clearance(long estateId, LocalDate from, LocalDate to) {
        Site site = get(estateId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end) || end.toEpochDay() - start.toEpochDay() > 366) {
            throw InvalidRequestException.field("from", "garbage.error.period");
        }
        List<Check> checks = store.checks(estateId, start, end);
        Map<LocalDate, Boolean> byDay = new HashMap<>();
        checks.forEach(c -> byDay.put(c.checkedOn(), c.cleared()));
        LocalDate started = site.status() == SortingStatus.NONE ? null : site.startedOn();
        List<LocalDate> missed = MissedClearanceDays.between(started, start, end, today, byDay);
        long due = MissedClearanceDays.due(started, start, end, today);
        long cleared = checks.stream().filter(Check::cleared).filter(c -> started != null
                && !c.checkedOn().isBefore(started)).count();
        BigDecimal rate = due == 0 ? null : BigDecimal.valueOf(cleared * 100L)
                .divide(BigDecimal.valueOf(due), 1, java.math.RoundingMode.HALF_UP);
        return new ClearanceLog(estateId, start, end, checks, missed, rate);
    }

    private static AnjuUser role(Set<Role> roles) {
        return Jurisdictions.currentUser().filter(u -> roles.contains(u.role()))
                .orElseThrow(() -> new AccessDeniedException(roles.toString()));
    }

    private static int count(List<FieldError> errors, String field, Integer value, int max) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > max) {
            errors.add(new FieldError(field, "garbage.error.count", max));
        }
        return value;
    }

    private static String text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max || s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r')) {
            errors.add(new FieldError(field, "garbage.error.text", max));
        }
        return s;
    }
}
