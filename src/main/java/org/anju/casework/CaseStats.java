package org.anju.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Supervision figures (plan §21; the Beijing regulations' response, resolution and satisfaction rates,
 * rules.md §7), per township, body or month. Rates are percentages with one decimal, null without a base:
 * response = accepted or resolved / cases; on time = resolved by the deadline / (resolved + open past it);
 * resolution = resolved or closed / cases; satisfaction = satisfied or basically satisfied / rated.
 */
public record CaseStats(Grouping grouping, List<Line> lines, Line total) {

    /** How the figures are grouped. */
    public enum Grouping {
        /** Per township of the estate. */
        TOWNSHIP,
        /** Per body the case is (or was last) dispatched to. */
        BODY,
        /** Per month of receipt (Asia/Shanghai). */
        MONTH
    }

    /** One group's counts and rates. */
    public record Line(String key, String name, long cases, long responded, long resolved, long onTime, long due,
                       long rated, long satisfied, long open, long overdue, BigDecimal responseRate,
                       BigDecimal onTimeRate, BigDecimal resolutionRate, BigDecimal satisfactionRate) {

        public static Line of(String key, String name, long cases, long responded, long resolved, long onTime,
                              long due, long rated, long satisfied, long open, long overdue) {
            return new Line(key, name, cases, responded, resolved, onTime, due, rated, satisfied, open, overdue,
                    percent(responded, cases), percent(onTime, due), percent(resolved, cases),
                    percent(satisfied, rated));
        }

        Line plus(Line o) {
            return of(key, name, cases + o.cases, responded + o.responded, resolved + o.resolved, onTime + o.onTime,
                    due + o.due, rated + o.rated, satisfied + o.satisfied, open + o.open, overdue + o.overdue);
        }
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
