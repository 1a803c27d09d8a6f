package org.anju.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.governance.CommitteeTrainings;
import org.anju.governance.Committees;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.MemberStatus;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.market.Companies;
import org.anju.market.CompanyView.Staff;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.workforce.WorkforceView.CommitteeAttendance;
import org.anju.workforce.WorkforceView.Event;
import org.anju.workforce.WorkforceView.EventDetail;
import org.anju.workforce.WorkforceView.Material;
import org.anju.workforce.internal.EventStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings and competitions (plan §23, 保障措施(四)). The county, a township or a community records what it held;
 * it is visible inside that region and to the regions above, and to a company whose staff attended. The organiser
 * records who attended: company staff as the market module registers them (with their skill certificates there),
 * officials by name and unit, and committee members through the governance module's training record of their
 * committee (the one place a committee member's training is kept). Materials are files of up to 10 MB.
 */
@Service
@Transactional(readOnly = true)
public class Trainings {

    /** A course or competition held. */
    public record EventForm(EventKind kind, Audience audience, String title, LocalDate heldOn, BigDecimal hours,
                            String organiser) {
    }

    /** An attendee: company staff by {@code staffId} and {@code companyId}, or an official by name and unit. */
    public record AttendForm(Long staffId, Long companyId, String name, String unit, String result) {
    }

    /** A committee's members at a committee course; no member ids: every serving member. */
    public record CommitteeForm(Long committeeId, List<Long> memberIds) {
    }

    static final Set<Role> ORGANISERS = Set.of(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY);
    static final int MAX_FILE = 10 * 1024 * 1024;

    private final EventStore store;
    private final Jurisdictions jurisdictions;
    private final Companies companies;
    private final Committees committees;
    private final CommitteeTrainings committeeTrainings;
    private final AuditLog audit;
    private final Clock clock;

    Trainings(EventStore store, Jurisdictions jurisdictions, Companies companies, Committees committees,
              CommitteeTrainings committeeTrainings, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.companies = companies;
        this.committees = committees;
        this.committeeTrainings = committeeTrainings;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Event> list(EventKind kind, Audience audience, Integer year, PageRequest page) {
        var j = jurisdictions.current();
        Long own = ownCompany();
        return new PageResult<>(store.list(j, own, kind, audience, year, page), store.count(j, own, kind, audience, year),
                page.page(), page.size());
    }

    public Event event(long id) {
        return store.find(jurisdictions.current(), ownCompany(), id).orElseThrow(() -> new NotFoundException("training", id));
    }

    /**
     * The event, its attendees and materials; committees the caller may not see are left out. Outside a transaction:
     * governance's 404 for such a committee would otherwise mark the whole read for rollback.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EventDetail get(long id) {
        Event e = event(id);
        List<CommitteeAttendance> linked = new ArrayList<>();
        for (EventStore.CommitteeLink link : store.committees(id)) {
            try {
                String estate = committees.get(link.committeeId()).committee().estateName();
                committeeTrainings.list(link.committeeId(), PageRequest.of(0, PageRequest.MAX_SIZE)).content().stream()
                        .filter(t -> t.id() == link.trainingId()).findFirst().ifPresent(t -> linked.add(
                                new CommitteeAttendance(link.committeeId(), t.id(), estate, t.attendeeNames())));
            } catch (NotFoundException outside) {
                // another region's committee: not the caller's to see
            }
        }
        return new EventDetail(e, store.attendance(id), linked, store.materials(id));
    }

    public static boolean mayOrganise() {
        return Jurisdictions.currentUser().filter(u -> ORGANISERS.contains(u.role())).isPresent();
    }

    @Transactional
    public Event create(EventForm f) {
        AnjuUser user = organiser();
        List<FieldError> errors = new ArrayList<>();
        if (f == null || f.kind() == null) {
            errors.add(new FieldError("kind", "workforce.error.kind"));
        }
        if (f == null || f.audience() == null) {
            errors.add(new FieldError("audience", "workforce.error.audience"));
        }
        String title = f == null ? null : Text.of(errors, "title", f.title(), 200);
        if (title == null || title.length() < 2) {
            errors.add(new FieldError("title", "workforce.error.title"));
        }
        if (f == null || f.heldOn() == null || f.heldOn().isAfter(LocalDate.now(clock)) || f.heldOn().getYear() < 2000) {
            errors.add(new FieldError("heldOn", "workforce.error.heldOn"));
        }
        if (f == null || f.hours() == null || f.hours().signum() <= 0 || f.hours().compareTo(BigDecimal.valueOf(100)) > 0
                || f.hours().stripTrailingZeros().scale() > 1) {
            errors.add(new FieldError("hours", "workforce.error.hours"));
        }
        String organiser = f == null ? null : Text.of(errors, "organiser", f.organiser(), 128);
        if (organiser == null || organiser.length() < 2) {
            errors.add(new FieldError("organiser", "workforce.error.organiser"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        String path = jurisdictions.current().regionPath();
        if (path == null) {
            throw new AccessDeniedException("REGION");
        }
        long id = store.insert(new EventStore.NewEvent(f.kind(), f.audience(), title, f.heldOn(), f.hours(),
                organiser, path, user.getUsername()));
        audit.record(AuditEntry.created("training", id, (f.kind() == EventKind.COURSE ? "培训 " : "技能竞赛 ") + title, f));
        return event(id);
    }

    /** Records an attendee of a staff or officials' event; 422 for a committee course or a wrong kind of attendee. */
    @Transactional
    public EventDetail attend(long id, AttendForm f) {
        Event e = organised(id);
        List<FieldError> errors = new ArrayList<>();
        String result = f == null ? null : Text.of(errors, "result", f.result(), 128);
        if (e.audience() == Audience.COMMITTEE) {
            throw InvalidRequestException.rule("audience", "workforce.error.committeeCourse");
        }
        String name;
        String unit;
        Long staffId = f == null ? null : f.staffId();
        Long companyId = f == null ? null : f.companyId();
        if (e.audience() == Audience.COMPANY_STAFF) {
            if (staffId == null || companyId == null) {
                throw InvalidRequestException.field("staffId", "workforce.error.staff");
            }
            Staff staff = companies.staff(companyId).stream().filter(s -> s.id() == staffId).findFirst()
                    .orElseThrow(() -> new NotFoundException("staff", staffId));
            name = staff.name();
            unit = companies.nameOf(companyId).orElse("#" + companyId);
        } else {
            if (staffId != null) {
                throw InvalidRequestException.rule("staffId", "workforce.error.officialsOnly");
            }
            companyId = null;
            name = f == null ? null : Text.of(errors, "name", f.name(), 64);
            unit = f == null ? null : Text.of(errors, "unit", f.unit(), 128);
            if (name == null || name.length() < 2) {
                errors.add(new FieldError("name", "workforce.error.name"));
            }
            if (unit == null || unit.length() < 2) {
                errors.add(new FieldError("unit", "workforce.error.unit"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (!store.attend(id, staffId, companyId, name, unit, result)) {
            throw InvalidRequestException.rule("staffId", "workforce.error.attendedTwice");
        }
        audit.record(AuditEntry.created("training-attendance", id, "参训 " + e.title() + ": " + name + " (" + unit + ")",
                Map.of("eventId", id, "unit", unit)));
        return get(id);
    }

    /**
     * Records a committee's members at a committee course as the governance module's training record of that
     * committee (CommitteeTrainings), and links it to the course; a committee once per course.
     */
    @Transactional
    public EventDetail committeeAttend(long id, CommitteeForm f) {
        Event e = organised(id);
        if (e.audience() != Audience.COMMITTEE) {
            throw InvalidRequestException.rule("audience", "workforce.error.notCommitteeCourse");
        }
        if (f == null || f.committeeId() == null) {
            throw InvalidRequestException.field("committeeId", "workforce.error.committee");
        }
        List<Long> members = f.memberIds() == null || f.memberIds().isEmpty()
                ? committees.get(f.committeeId()).members().stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(Member::id).toList() : f.memberIds();
        if (store.committeeLinked(id, f.committeeId())) {
            throw InvalidRequestException.rule("committeeId", "workforce.error.committeeTwice");
        }
        var training = committeeTrainings.record(f.committeeId(), new CommitteeTrainings.NewTraining(e.heldOn(),
                e.title(), e.hours(), e.organiser(), members));
        store.linkCommittee(id, f.committeeId(), training.id());
        return get(id);
    }

    @Transactional
    public Material addMaterial(long id, String fileName, String contentType, byte[] content) {
        Event e = organised(id);
        if (content == null || content.length == 0 || content.length > MAX_FILE) {
            throw InvalidRequestException.field("file", "workforce.error.file");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw InvalidRequestException.field("file", "workforce.error.fileName");
        }
        String type = contentType == null || contentType.length() > 100 || !contentType.matches("[\\w.+\\-]+/[\\w.+\\-]+")
                ? "application/octet-stream" : contentType;
        long materialId = store.addMaterial(id, name, type, content, Jurisdictions.currentUser().orElseThrow().getUsername());
        audit.record(AuditEntry.created("training-material", materialId, "培训材料 " + e.title() + ": " + name,
                Map.of("eventId", id, "size", content.length)));
        return store.materials(id).stream().filter(m -> m.id() == materialId).findFirst().orElseThrow();
    }

    /** The material's file, for whoever may see the event. */
    public byte[] material(long id, long materialId) {
        event(id);
        return store.content(id, materialId).orElseThrow(() -> new NotFoundException("material", materialId));
    }

    private Event organised(long id) {
        organiser();
        Event e = event(id);
        if (!jurisdictions.current().coversRegion(store.regionPath(id))) {
            throw new AccessDeniedException("ORGANISER");
        }
        return e;
    }

    private static AnjuUser organiser() {
        return Jurisdictions.currentUser().filter(u -> ORGANISERS.contains(u.role()))
                .orElseThrow(() -> new AccessDeniedException("ORGANISER"));
    }

    private static Long ownCompany() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .map(u -> u.binding().companyId()).orElse(null);
    }
}
