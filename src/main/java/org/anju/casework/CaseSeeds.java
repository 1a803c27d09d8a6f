package org.anju.casework;

import java.time.Instant;
import java.util.List;
import org.anju.calendar.WorkingCalendar;
import org.anju.casework.internal.CaseStore;
import org.anju.casework.internal.CaseStore.Place;
import org.anju.casework.internal.DutyStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sample complaints and duty rules without a signed-in user (the demo data), through the same dispatch
 * and deadline rules as intake; not for the application's own use.
 */
@Component
public class CaseSeeds {

    /** A county-wide duty rule sending a category to a department. */
    public record DepartmentRule(String category, long departmentId, String note) {
    }

    /**
     * A complaint as the demo wants it: where it stands and when things happened. Timestamps after receipt are
     * offsets in hours (null = not happened); escalated marks an open case past its deadline as escalated.
     */
    public record Seed(long estateId, String category, Urgency urgency, Channel channel, String text, String location,
                       Long reporterAccountId, String reporterName, Instant receivedAt, CaseStatus status,
                       Integer acceptedAfterHours, Integer resolvedAfterHours, String result, Rating rating,
                       boolean escalated) {
    }

    private final CaseStore store;
    private final DutyStore duties;
    private final Dispatch dispatch;
    private final WorkingCalendar calendar;

    CaseSeeds(CaseStore store, DutyStore duties, Dispatch dispatch, WorkingCalendar calendar) {
        this.store = store;
        this.duties = duties;
        this.dispatch = dispatch;
        this.calendar = calendar;
    }

    @Transactional
    public void rules(List<DepartmentRule> rules) {
        for (DepartmentRule r : rules) {
            if (!duties.ruleExists(r.category(), null)) {
                duties.insertRule(r.category(), null, null, BodyKind.DEPARTMENT, r.departmentId(), r.note());
            }
        }
    }

    /** Attaches photos (PNG, JPEG or WebP bytes, checked as uploads are) to a seeded complaint. */
    @Transactional
    public void photos(long caseId, String stage, List<byte[]> photos) {
        store.photos(caseId, stage, PhotoCheck.check(photos.stream()
                .map(b -> new PhotoCheck.Upload("demo.png", b)).toList()));
    }

    /** Writes the complaints; answers their ids in the order given. */
    @Transactional
    public List<Long> seed(List<Seed> seeds) {
        List<Long> ids = new java.util.ArrayList<>();
        var limits = duties.deadlines();
        var days = calendar.days();
        for (Seed s : seeds) {
            Place place = store.place(s.estateId()).orElseThrow();
            Dispatch.Body body = s.status() == CaseStatus.PENDING ? null
                    : dispatch.byDutyList(s.category(), place).orElse(null);
            CaseStatus status = body == null ? CaseStatus.PENDING : s.status();
            Instant due = DeadlinePolicy.due(s.receivedAt(), DeadlinePolicy.pick(limits, s.category(), s.urgency()), days);
            long id = store.insert(new CaseStore.Insert(s.estateId(), place.regionPath(), s.category(), s.urgency(),
                    s.channel(), s.text(), s.location(), false, s.reporterAccountId(), s.reporterName(), null,
                    s.channel() == Channel.APP ? "app" : "hotline",
                    body == null ? CaseStatus.PENDING : CaseStatus.DISPATCHED, body == null ? null : body.kind(),
                    body == null ? null : body.departmentId(), body == null ? null : body.companyId(),
                    body == null ? null : body.name(), s.receivedAt(), due));
            ids.add(id);
            store.event(id, "FILED", null, "demo", s.receivedAt());
            if (body != null) {
                store.event(id, "DISPATCHED", body.name(), "duty-list", s.receivedAt());
            }
            Instant accepted = after(s.receivedAt(), s.acceptedAfterHours());
            Instant resolved = after(s.receivedAt(), s.resolvedAfterHours());
            Instant closed = status == CaseStatus.CLOSED && resolved != null ? resolved.plusSeconds(86_400) : null;
            Instant escalated = s.escalated() && status.open() ? due : null;
            store.seedState(id, status, accepted, resolved, closed, s.result(), s.rating(), escalated);
            if (accepted != null) {
                store.event(id, "ACCEPT", null, "demo", accepted);
            }
            if (resolved != null) {
                store.event(id, "RESOLVE", s.result(), "demo", resolved);
            }
            if (closed != null) {
                store.event(id, "RATE", s.rating() == null ? null : s.rating().name(), "demo", closed);
            }
            if (escalated != null) {
                store.event(id, "ESCALATED", place.communityName(), "system", escalated);
            }
        }
        return ids;
    }

    private static Instant after(Instant at, Integer hours) {
        return hours == null ? null : at.plusSeconds(hours * 3600L);
    }
}
