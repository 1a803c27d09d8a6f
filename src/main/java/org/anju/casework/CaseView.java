package org.anju.casework;

import java.math.BigDecimal;
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

    /**
     * One estate on the map of cases: its position (WGS-84 degrees) and, within the caller's scope, how many of its
     * cases are open, how many of those are past their deadline, and how many there are in all.
     */
    public record MapPoint(long estateId, String estateName, String townshipName, BigDecimal longitude,
                           BigDecimal latitude, long open, long overdue, long total) {
    }

    /**
     * The map of cases (issue 7): the estates with coordinates, and how many estates with cases and open cases
     * could not be placed because their estate has no coordinates yet.
     */
    public record CaseMap(List<MapPoint> estates, long unplacedEstates, long unplacedOpen) {
    }
}
