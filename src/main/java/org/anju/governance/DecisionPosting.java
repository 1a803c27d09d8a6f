package org.anju.governance;

import java.time.LocalDate;
import org.anju.calendar.WorkingDays;

/**
 * How long an interim committee's decision or announcement stays posted (rules.md §2, Beijing art. 57): posted
 * within 3 days, for 10 working days (the county's setting), counted with the working-day calendar from the
 * first working day after the day of posting (rules.md §8). An owners' committee's posting period is not set
 * by the rules, so it has none here.
 */
record DecisionPosting(int workingDays) {

    /** The last day the posting must stay up. */
    LocalDate postedUntil(WorkingDays days, LocalDate postedOn) {
        return days.deadline(postedOn, workingDays);
    }
}
