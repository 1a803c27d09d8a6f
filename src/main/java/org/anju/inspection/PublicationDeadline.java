package org.anju.inspection;

import java.time.LocalDate;
import org.anju.calendar.WorkingDays;

/**
 * Results are published within 20 working days after the inspection ends (rules.md §6: Hebei 冀政办发〔2015〕22号
 * [P]; the national rule is unverified, so the figure is the shipped default).
 */
public final class PublicationDeadline {

    /** Working days from the inspection's end. */
    public static final int WORKING_DAYS = 20;

    private PublicationDeadline() {
    }

    public static LocalDate due(LocalDate finishedOn, WorkingDays days) {
        return days.deadline(finishedOn, WORKING_DAYS);
    }
}
