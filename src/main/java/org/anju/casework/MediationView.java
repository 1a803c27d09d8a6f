package org.anju.casework;

import java.time.LocalDate;
import java.util.List;

/** Mediation records and joint meetings as the console shows them. */
public final class MediationView {

    private MediationView() {
    }

    /** How a mediation ended. */
    public enum Outcome {
        /** 达成协议 */
        AGREED,
        /** 部分达成 */
        PARTIAL,
        /** 调解不成 */
        FAILED
    }

    /** One mediation session of a complaint (调解记录). */
    public record Mediation(long id, LocalDate heldOn, String mediator, String parties, String record, Outcome outcome,
                            String recordedBy) {
    }

    /** A joint meeting (联席会议) of a township or the county. */
    public record Meeting(long id, long regionId, String regionName, LocalDate heldOn, String topic, String attendees,
                          String decisions, String recordedBy, int cases) {
    }

    /** A meeting with the complaints it discussed (those the caller may see). */
    public record MeetingDetail(Meeting meeting, List<CaseView.Complaint> complaints) {
    }
}
