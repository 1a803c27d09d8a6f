package org.anju.governance;

import java.time.LocalDate;

/**
 * Handover deadlines (rules.md §2). In calendar days, since the rule says days and not working days:
 * the outgoing committee hands over within 10 days after the new term's committee is filed, a member who
 * leaves within 3 days of leaving (Henan 2017 arts. 24–33); the developer hands the owner roll and the area
 * records to the township within 2 months of a first-assembly condition being met (Henan 2017 arts. 18–21).
 * A deadline is met on its own day; the numbers are the county's settings.
 */
record HandoverDeadlines(GovernanceSettings settings) {

    /** The last day of a committee or member handover counted from its occasion. */
    LocalDate due(HandoverKind kind, LocalDate occasionOn) {
        return occasionOn.plusDays(kind == HandoverKind.TERM ? settings.handoverTermDays()
                : settings.handoverMemberDays());
    }

    /** The last day for the developer's owner roll: the same day of the month 2 months on (or the month's end). */
    LocalDate rollDue(LocalDate triggeredOn) {
        return triggeredOn.plusMonths(settings.rollHandoverMonths());
    }
}
