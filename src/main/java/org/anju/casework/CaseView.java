package org.anju.casework;

import java.time.Instant;
import java.util.List;

/** What the casework API returns. */
public final class CaseView {

    private CaseView() {
    }

    /**
     * A complaint as the caller may see it: reporterName and reporterPhone (masked) are null for the party
     * complained about, for a committee and for anonymous reports.
     */
    public record Complaint(long id, String number, long estateId, String estateName, String townshipName,
                            String communityName, String category, String categoryName, Urgency urgency,
                            Channel channel, String text, String location, boolean anonymous, String reporterName,
                            String reporterPhone, CaseStatus status, BodyKind bodyKind, String bodyName,
                            int returns, int reopens, Instant receivedAt, Instant dueAt, Instant acceptedAt,
                            Instant resolvedAt, Instant closedAt, boolean overdue, boolean escalated, String result,
                            Rating rating, int version) {
    }

    /** One step on a complaint's timeline. */
    public record Event(String action, String note, String actor, Instant at) {
    }

    /** A photo's id and stage (INTAKE or RESULT); its bytes are served by the console. */
    public record PhotoRef(long id, String stage, String contentType) {
    }

    /** A complaint with its timeline, photos and the actions the caller may take now. */
    public record Detail(Complaint complaint, List<Event> timeline, List<PhotoRef> photos, List<CaseAction> actions) {
    }

    /** A category of the county's list. */
    public record Category(String code, String name, boolean anonymousAllowed, int sort, boolean active) {
    }

    /** A rule of the responsibility list: category (and region) to body. */
    public record DutyRule(long id, String category, String categoryName, Long regionId, String regionName,
                           BodyKind bodyKind, Long departmentId, String departmentName, String note) {
    }
}
