package org.anju.credit;

import org.anju.calendar.WorkingDays;

import java.time.LocalDate;

/**
 * Henan Social Credit Regulations (rules.md §5): an objection is answered within 3 working days of its filing, or
 * within 7 when the source of the record must verify it; a revoked record is removed at once (the law allows 1
 * working day).
 */
public final class ObjectionDeadline {

    /** Working days to answer. */
    public static final int ANSWER_DAYS = 3;
    /** Working days to answer when the source must verify. */
    public static final int VERIFY_DAYS = 7;

    private ObjectionDeadline() {
    }

    /** The day by which the county answers an objection filed on {@code filedOn}. */
    public static LocalDate due(LocalDate filedOn, boolean needsVerification, WorkingDays days) {
        return days.deadline(filedOn, needsVerification ? VERIFY_DAYS : ANSWER_DAYS);
    }
}
