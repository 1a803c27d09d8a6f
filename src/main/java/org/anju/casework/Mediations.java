package org.anju.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.casework.MediationView.Mediation;
import org.anju.casework.MediationView.Meeting;
import org.anju.casework.MediationView.MeetingDetail;
import org.anju.casework.MediationView.Outcome;
import org.anju.casework.internal.CaseStore;
import org.anju.casework.internal.DutyStore;
import org.anju.casework.internal.MediationStore;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdiction.Condition;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mediation (调解) of a complaint's dispute by the community or township, and joint meetings (联席会议) of a
 * township or the county with the complaints they discussed (plan §4). Clerks record them (403 otherwise); a
 * complaint or meeting outside the caller's scope is 404; each record goes on the complaints' timelines.
 */
@Service
@Transactional(readOnly = true)
public class Mediations {

    /** A mediation session to record. */
    public record NewMediation(LocalDate heldOn, String mediator, String parties, String record, Outcome outcome) {
    }

    /** A joint meeting to record: the township (or county) that held it and the complaints it discussed. */
    public record NewMeeting(Long regionId, LocalDate heldOn, String topic, String attendees, String decisions,
                             List<Long> caseIds) {
    }

    private final MediationStore store;
    private final CaseStore cases;
    private final DutyStore regions;
    private final Complaints complaints;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    Mediations(MediationStore store, CaseStore cases, DutyStore regions, Complaints complaints,
               Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.regions = regions;
        this.complaints = complaints;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Mediation> mediations(long caseId) {
        caseRow(caseId);
        return store.mediations(caseId);
    }

    public List<Meeting> meetingsOf(long caseId) {
        caseRow(caseId);
        return store.meetingsOf(caseId);
    }

    @Transactional
    public Mediation mediate(long caseId, NewMediation m) {
        AnjuUser u = user();
        caseRow(caseId);
        if (!CaseAccess.clerk(u)) {
            throw new AccessDeniedException("MEDIATION");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (m == null || m.heldOn() == null || m.heldOn().isAfter(today) || m.heldOn().isBefore(today.minusYears(1))) {
            errors.add(new FieldError("heldOn", "casework.error.heldOn"));
        }
        String mediator = m == null ? null : text(m.mediator(), 2, 60, "mediator", errors);
        String parties = m == null ? null : text(m.parties(), 2, 300, "parties", errors);
        String record = m == null ? null : text(m.record(), 2, 4000, "record", errors);
        if (m == null || m.outcome() == null) {
            errors.add(new FieldError("outcome", "casework.error.outcome"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.insertMediation(caseId, m.heldOn(), mediator, parties, record, m.outcome(), u.getUsername());
        cases.event(caseId, "MEDIATION", m.outcome().name() + ": " + mediator, u.getUsername(), clock.instant());
        audit.record(AuditEntry.created("mediation", id, "调解记录 (工单 " + caseId + ")",
                Map.of("caseId", caseId, "outcome", m.outcome())));
        return store.mediations(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    public PageResult<Meeting> meetings(PageRequest page) {
        Condition scope = meetingScope();
        return new PageResult<>(store.meetings(scope, page), store.countMeetings(scope), page.page(), page.size());
    }

    public MeetingDetail meeting(long id) {
        Meeting m = store.meeting(meetingScope(), id).orElseThrow(() -> new NotFoundException("meeting", id));
        AnjuUser u = user();
        Condition scope = CaseAccess.scope(u, jurisdictions.current());
        return new MeetingDetail(m, store.caseIds(id).stream().map(c -> cases.find(scope, c)).flatMap(java.util.Optional::stream)
                .map(r -> complaints.view(r, u)).toList());
    }

    @Transactional
    public Meeting hold(NewMeeting n) {
        AnjuUser u = user();
        if (!CaseAccess.clerk(u) || u.role() == Role.COMMUNITY) {
            throw new AccessDeniedException("JOINT_MEETING");
        }
        List<FieldError> errors = new ArrayList<>();
        Jurisdiction j = jurisdictions.current();
        String path = n == null || n.regionId() == null ? null
                : regions.regionPath(n.regionId()).filter(j::coversRegion).orElse(null);
        if (path == null) {
            errors.add(new FieldError("regionId", "casework.error.region"));
        }
        LocalDate today = LocalDate.now(clock);
        if (n == null || n.heldOn() == null || n.heldOn().isAfter(today) || n.heldOn().isBefore(today.minusYears(1))) {
            errors.add(new FieldError("heldOn", "casework.error.heldOn"));
        }
        String topic = n == null ? null : text(n.topic(), 2, 200, "topic", errors);
        String attendees = n == null ? null : text(n.attendees(), 2, 1000, "attendees", errors);
        String decisions = n == null ? null : text(n.decisions(), 2, 4000, "decisions", errors);
        List<Long> ids = n == null || n.caseIds() == null ? List.of()
                : n.caseIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        Condition scope = CaseAccess.scope(u, j);
        if (ids.size() > 50 || ids.stream().anyMatch(c -> cases.find(scope, c).isEmpty())) {
            errors.add(new FieldError("caseIds", "casework.error.caseIds"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.insertMeeting(n.regionId(), path, n.heldOn(), topic, attendees, decisions, u.getUsername(), ids);
        for (Long c : ids) {
            cases.event(c, "MEETING", topic, u.getUsername(), clock.instant());
        }
        audit.record(AuditEntry.created("joint-meeting", id, "联席会议 " + topic, Map.of("cases", ids)));
        return store.meeting(meetingScope(), id).orElseThrow();
    }

    private Condition meetingScope() {
        AnjuUser u = user();
        Jurisdiction j = jurisdictions.current();
        return CaseAccess.government(u) && j.scope() == Jurisdiction.Scope.REGION
                ? new Condition("m.region_path like :m_path", Map.of("m_path", j.regionPath() + "%"))
                : Condition.NOTHING;
    }

    private CaseStore.Row caseRow(long caseId) {
        return cases.find(CaseAccess.scope(user(), jurisdictions.current()), caseId)
                .orElseThrow(() -> new NotFoundException("complaint", caseId));
    }

    private static String text(String value, int min, int max, String field, List<FieldError> errors) {
        String s = Texts.strip(value);
        if (s == null || s.length() < min || s.length() > max || !Texts.clean(s)) {
            errors.add(new FieldError(field, "casework.error.length", min, max));
        }
        return s;
    }

    private static AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
    }
}
