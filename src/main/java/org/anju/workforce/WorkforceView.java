package org.anju.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the workforce module answers. */
public final class WorkforceView {

    private WorkforceView() {
    }

    /** A course or competition held. */
    public record Event(long id, EventKind kind, Audience audience, String title, LocalDate heldOn, BigDecimal hours,
                        String organiser, long attendees, long materials) {
    }

    /** One attendee: company staff (staffId, companyId) or an official (by name and unit). */
    public record Attendance(long id, Long staffId, Long companyId, String name, String unit, String result) {
    }

    /** A committee's attendance, recorded as the governance module's training record {@code trainingId}. */
    public record CommitteeAttendance(long committeeId, long trainingId, String estateName, List<String> members) {
    }

    /** A file handed out at the event. */
    public record Material(long id, String fileName, String contentType, int size) {
    }

    /** The event with its attendance and materials. */
    public record EventDetail(Event event, List<Attendance> attendance, List<CommitteeAttendance> committees,
                              List<Material> materials) {
    }

    /** A 最美物业人 selection. */
    public record Selection(long id, int year, String title, long regionId, String regionName, int winners,
                            SelectionStatus status, Instant publishedAt, long nominations, long votes) {
    }

    /** A nominee: names are public by nature once published (no phone, no ID number). */
    public record Nomination(long id, long staffId, long companyId, String staffName, String position,
                             String companyName, String deeds, String nominatorRole, long votes, boolean selected) {
    }

    /** The selection, its nominees and, for an owner, the nomination voted for (null if none). */
    public record SelectionDetail(Selection selection, List<Nomination> nominations, Long myVote) {
    }
}
