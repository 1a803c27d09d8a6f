package org.anju.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The first assembly's deadlines, in calendar days as the rule says days (rules.md §2, Henan 2017 arts. 19–21):
 * the preparatory group within 30 days of the application, the assembly within 60 days of the group's
 * formation, proposals posted at least 15 days before the meeting and for at least 7 days. A day counts from
 * the day after the event, so the 30th day after an application on 1 March is 31 March, and the group may still
 * be formed on that day. A posting of 7 days runs from its first to its seventh day, both included.
 */
record AssemblyDeadlines(GovernanceSettings settings) {

    /** The last day to form the preparatory group. */
    LocalDate groupDue(LocalDate appliedOn) {
        return appliedOn.plusDays(settings.groupDays());
    }

    /** The last day to hold the assembly. */
    LocalDate holdingDue(LocalDate groupFormedOn) {
        return groupFormedOn.plusDays(settings.holdingDays());
    }

    /** The last day proposals may first be posted for a meeting on this day. */
    LocalDate lastPostingDay(LocalDate meetingOn) {
        return meetingOn.minusDays(settings.proposalNoticeDays());
    }

    /** Whether a day is past its deadline (a deadline is met on its own day). */
    static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    /** What is wrong with a meeting date for a group formed on groupFormedOn. */
    List<FieldError> checkMeeting(LocalDate groupFormedOn, LocalDate meetingOn) {
        List<FieldError> errors = new ArrayList<>();
        if (meetingOn.isBefore(groupFormedOn)) {
            errors.add(new FieldError("meetingOn", "assembly.error.meetingBeforeGroup"));
        } else if (meetingOn.isAfter(holdingDue(groupFormedOn))) {
            errors.add(new FieldError("meetingOn", "assembly.error.meetingLate", settings.holdingDays(),
                    holdingDue(groupFormedOn)));
        }
        return errors;
    }

    /** What is wrong with posting proposals from postedOn to postedUntil (both included) for a meeting. */
    List<FieldError> checkProposal(LocalDate meetingOn, LocalDate postedOn, LocalDate postedUntil) {
        List<FieldError> errors = new ArrayList<>();
        if (postedOn.isAfter(lastPostingDay(meetingOn))) {
            errors.add(new FieldError("postedOn", "assembly.error.postedLate", settings.proposalNoticeDays(),
                    lastPostingDay(meetingOn)));
        }
        if (postedUntil.isBefore(postedOn.plusDays(settings.proposalPostingDays() - 1L))) {
            errors.add(new FieldError("postedUntil", "assembly.error.postedShort", settings.proposalPostingDays()));
        }
        return errors;
    }
}
