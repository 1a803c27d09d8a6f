package org.anju.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The order of the arrears steps (Civil Code art. 944, rules.md §1): first a written demand with a
 * reasonable deadline; only after that deadline has passed unpaid may the company take a further measure
 * from {@link ArrearsMeasure}, and only then may the owners' committee record the owner as wilfully in
 * arrears. The law gives no number for a reasonable deadline: {@link #MIN_REMINDER_DAYS} and
 * {@link #MAX_REMINDER_DAYS} are the shipped defaults; the county edits them ({@code bil_setting},
 * {@link BillingSettings}).
 */
public final class ArrearsPolicy {

    /** Shortest deadline of a written reminder, in calendar days after it is sent. */
    public static final int MIN_REMINDER_DAYS = 15;

    /** Longest deadline a reminder may give (a longer one is a payment plan). */
    public static final int MAX_REMINDER_DAYS = 90;

    /** A step already taken for the house. */
    public record Step(ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline) {
    }

    private ArrearsPolicy() {
    }

    /** A written reminder's shortest and longest deadline, in days after it is sent. */
    public record Limits(int minReminderDays, int maxReminderDays) {
        public static final Limits DEFAULT = new Limits(MIN_REMINDER_DAYS, MAX_REMINDER_DAYS);
    }

    /** Why the measure may not be taken now, if it may not (the shipped limits). */
    public static Optional<FieldError> check(ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline,
                                             LocalDate today, BigDecimal overdue, List<Step> earlier) {
        return check(measure, takenOn, deadline, today, overdue, earlier, Limits.DEFAULT);
    }

    /** Why the measure may not be taken now, if it may not, under the county's limits. */
    public static Optional<FieldError> check(ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline,
                                             LocalDate today, BigDecimal overdue, List<Step> earlier,
                                             Limits limits) {
        if (overdue == null || overdue.signum() <= 0) {
            return Optional.of(new FieldError("measure", "arrears.error.nothingOverdue"));
        }
        if (takenOn.isAfter(today)) {
            return Optional.of(new FieldError("takenOn", "arrears.error.future"));
        }
        if (measure == ArrearsMeasure.WRITTEN_REMINDER) {
            if (deadline == null || deadline.isBefore(takenOn.plusDays(limits.minReminderDays()))) {
                return Optional.of(new FieldError("deadline", "arrears.error.deadlineShort",
                        limits.minReminderDays()));
            }
            if (deadline.isAfter(takenOn.plusDays(limits.maxReminderDays()))) {
                return Optional.of(new FieldError("deadline", "arrears.error.deadlineLong", limits.maxReminderDays()));
            }
            return Optional.empty();
        }
        if (deadline != null) {
            return Optional.of(new FieldError("deadline", "arrears.error.deadlineOnlyReminder"));
        }
        return lapsedReminder(takenOn, earlier) ? Optional.empty()
                : Optional.of(new FieldError("measure", "arrears.error.reminderFirst"));
    }

    /** Whether a written reminder's deadline passed before the day (the owner did not pay in time). */
    public static boolean lapsedReminder(LocalDate day, List<Step> earlier) {
        return earlier.stream().anyMatch(s -> s.measure() == ArrearsMeasure.WRITTEN_REMINDER
                && s.deadline() != null && s.deadline().isBefore(day));
    }
}
