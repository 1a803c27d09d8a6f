package org.anju.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Supervision tasks (督查督办) as the API and the pages show them. */
public final class SupervisionView {

    private SupervisionView() {
    }

    /** Where a task stands. Message key {@code supervision.status.NAME}. */
    public enum Status {
        /** 已交办: the township has to act and report back by the deadline. */
        ASSIGNED,
        /** 已报送: the township reported; the county accepts or returns it. */
        REPORTED,
        /** 已退回: the county returned the report; the township reports again. */
        RETURNED,
        /** 已办结: the county accepted the report. */
        ACCEPTED
    }

    /** One task; overdue when still with the township after its deadline. */
    public record Task(long id, long townshipId, String townshipName, String title, String body, LocalDate assignedOn,
                       Integer workingDays, LocalDate dueOn, Status status, boolean overdue, Instant escalatedAt,
                       String reportText, String reportName, Instant reportedAt, String decisionNote,
                       Instant decidedAt, String createdBy) {
    }

    /** One step of a task's history. */
    public record Event(String kind, String note, String actor, Instant at) {
    }

    /** A task with its history. */
    public record Detail(Task task, List<Event> events) {
    }
}
