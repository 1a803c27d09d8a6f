package org.anju.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The county's scoring scheme: score = base + bonuses − deductions over the counting events; grades by cut-offs;
 * the red and black lists. Henan publishes no score table (rules.md §5, [U]), so every figure is a default the county
 * edits: base 80 and cut-offs AAA ≥ 90, AA ≥ 80, A ≥ 70, B ≥ 60, C below (after Yantai and Jinan); AAA without a
 * veto is red, C or any one-vote-veto (一票否决) event is black (after Shangqiu and Lianyungang). A dishonesty record
 * is disclosed for at most {@code publicYears} (Henan Social Credit Regulations: at most 5 years).
 *
 * @param objectionDays days after an event is recorded during which the company may object
 */
public record CreditScheme(BigDecimal base, BigDecimal cutAaa, BigDecimal cutAa, BigDecimal cutA, BigDecimal cutB,
                           int objectionDays, int publicYears) {

    /** The shipped defaults. */
    public static final CreditScheme DEFAULT = new CreditScheme(new BigDecimal("80"), new BigDecimal("90"),
            new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("60"), 30, 5);

    /** Henan Social Credit Regulations: a dishonesty record is public for at most 5 years. */
    public static final int MAX_PUBLIC_YEARS = 5;

    /** One event as the arithmetic sees it. */
    public record Counted(BigDecimal points, boolean veto, EventStatus status, LocalDate occurredOn,
                          LocalDate expiresOn) {

        /** Valid, already happened, not yet expired (an event stops counting on its expiry day). */
        public boolean countsOn(LocalDate day) {
            return status == EventStatus.VALID && !occurredOn.isAfter(day) && expiresOn.isAfter(day);
        }
    }

    /** What the arithmetic gives. */
    public record Result(BigDecimal base, BigDecimal bonuses, BigDecimal deductions, BigDecimal score, boolean veto,
                         Grade grade, CreditList list) {
    }

    /** Base + bonuses − deductions over the events counting on the day, its grade and its list. */
    public Result evaluate(Collection<Counted> events, LocalDate day) {
        BigDecimal bonuses = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        boolean veto = false;
        for (Counted e : events) {
            if (!e.countsOn(day)) {
                continue;
            }
            if (e.points().signum() > 0) {
                bonuses = bonuses.add(e.points());
            } else {
                deductions = deductions.add(e.points().negate());
            }
            veto |= e.veto();
        }
        BigDecimal score = base.add(bonuses).subtract(deductions);
        Grade grade = grade(score);
        return new Result(base, bonuses, deductions, score, veto, grade, list(grade, veto));
    }

    /** The grade of a score: at or above a cut-off reaches that grade. */
    public Grade grade(BigDecimal score) {
        if (score.compareTo(cutAaa) >= 0) {
            return Grade.AAA;
        }
        if (score.compareTo(cutAa) >= 0) {
            return Grade.AA;
        }
        if (score.compareTo(cutA) >= 0) {
            return Grade.A;
        }
        return score.compareTo(cutB) >= 0 ? Grade.B : Grade.C;
    }

    /** AAA without a veto is red; C or any veto is black. */
    public static CreditList list(Grade grade, boolean veto) {
        if (veto || grade == Grade.C) {
            return CreditList.BLACK;
        }
        return grade == Grade.AAA ? CreditList.RED : CreditList.NONE;
    }

    /** The day an event recorded on {@code occurredOn} with a validity of so many months stops counting. */
    public static LocalDate expiry(LocalDate occurredOn, int validityMonths) {
        return occurredOn.plusMonths(validityMonths);
    }

    /** Whether a deduction that happened on {@code occurredOn} may still be shown to the public on {@code day}. */
    public boolean disclosable(LocalDate occurredOn, LocalDate day) {
        return occurredOn.plusYears(Math.min(publicYears, MAX_PUBLIC_YEARS)).isAfter(day);
    }

    /** The last day a company may object to an event recorded on {@code recordedOn}. */
    public LocalDate objectionUntil(LocalDate recordedOn) {
        return recordedOn.plusDays(objectionDays);
    }
}
