package org.anju.garbage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plan §21 (垃圾分类收集、日产日清): garbage is cleared every day, weekends and holidays included. A day is missed
 * when no check was recorded for it or the check found it not cleared. Only days from the start of sorting up to
 * today count; today is not missed while it lasts unless a check already says so.
 */
public final class MissedClearanceDays {

    private MissedClearanceDays() {
    }

    /**
     * The missed days from {@code from} to {@code to} inclusive, oldest first.
     *
     * @param startedOn the day sorting started (null: nothing is due)
     * @param checks    the recorded checks by day: true when cleared
     */
    public static List<LocalDate> between(LocalDate startedOn, LocalDate from, LocalDate to, LocalDate today,
                                          Map<LocalDate, Boolean> checks) {
        List<LocalDate> missed = new ArrayList<>();
        if (startedOn == null || from == null || to == null) {
            return missed;
        }
        LocalDate first = from.isBefore(startedOn) ? startedOn : from;
        LocalDate last = to.isAfter(today) ? today : to;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Boolean cleared = checks.get(d);
            if (Boolean.FALSE.equals(cleared) || cleared == null && d.isBefore(today)) {
                missed.add(d);
            }
        }
        return missed;
    }

    /** Days due from {@code from} to {@code to} inclusive (today included), for the clearance rate. */
    public static long due(LocalDate startedOn, LocalDate from, LocalDate to, LocalDate today) {
        if (startedOn == null) {
            return 0;
        }
        LocalDate first = from.isBefore(startedOn) ? startedOn : from;
        LocalDate last = to.isAfter(today) ? today : to;
        return last.isBefore(first) ? 0 : last.toEpochDay() - first.toEpochDay() + 1;
    }
}
