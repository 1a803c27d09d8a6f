package org.anju.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counting in working days (工作日), rules.md §8 (State Council notice on the 2026 holidays,
 * 2025-11-04): a day is a working day when it is Monday to Friday and not a holiday, or when it is
 * a weekend day declared a working day (调休上班).
 * <p>
 * Convention (documented in docs/decisions/0008): a period of n working days starts on the first
 * working day after the day of receipt and ends at the close of its n-th working day; so a request
 * received on a Friday with 1 working day is due on the Monday (or the next working day after it).
 * Years the county has not entered count weekends only; {@link #knows(int)} tells which.
 */
public final class WorkingDays {

    /** Longest period any rule counts, to stop a runaway loop on a calendar of holidays only. */
    private static final int MAX_DAYS = 3660;

    private final Map<LocalDate, DayKind> special;
    private final Set<Integer> knownYears;

    public WorkingDays(Collection<SpecialDay> days, Set<Integer> knownYears) {
        this.special = days.stream().collect(Collectors.toUnmodifiableMap(SpecialDay::day, SpecialDay::kind,
                (a, b) -> b));
        this.knownYears = Set.copyOf(knownYears);
    }

    /** Weekends only, no holidays: for tests and for years nobody entered. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = special.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek w = day.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code n} working days for something received on {@code received}:
     * the n-th working day after it. n = 0 is the day of receipt itself.
     */
    public LocalDate deadline(LocalDate received, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        LocalDate day = received;
        int counted = 0;
        for (int i = 0; counted < n; i++) {
            if (i > MAX_DAYS) {
                throw new IllegalStateException("no working day within " + MAX_DAYS + " days of " + received);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when to is not after from. */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : deadline(day, 1);
    }

    /** Whether the county entered this year's official calendar (otherwise weekends only count). */
    public boolean knows(int year) {
        return knownYears.contains(year);
    }

    /** The special days, by date, for a month grid. */
    public Map<LocalDate, DayKind> special() {
        return special;
    }
}
