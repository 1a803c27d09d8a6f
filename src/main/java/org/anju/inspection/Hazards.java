package org.anju.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.casework.CaseView;
import org.anju.casework.Complaints;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.JurisdictionSource;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.inspection.InspectionView.Hazard;
import org.anju.inspection.internal.HazardStore;
import org.anju.market.Companies;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard register (安全隐患台账, plan §21: old pipelines, e-bike flying wires, lifts, fire facilities, illegal
 * structures), public API. Fed by failed inspection findings and by complaints a township turns into hazards (read
 * through casework's API, so a complaint outside the township answers 404); each hazard has a rectification
 * deadline, a rectification report and re-checks; only a passed re-check closes it. Overdue ones head the township's
 * list. Reads within the caller's jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class Hazards {

    /** A complaint to register as a hazard. */
    public record FromComplaint(Long complaintId, HazardKind kind, LocalDate rectifyBy, String description) {
    }

    private final HazardStore store;
    private final Complaints complaints;
    private final Companies companies;
    private final List<JurisdictionSource> sources;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    Hazards(HazardStore store, Complaints complaints, Companies companies, List<JurisdictionSource> sources,
            Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.companies = companies;
        this.sources = sources;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PageResult<Hazard> list(HazardStatus status, HazardKind kind, Boolean overdue, Long estateId,
                                   PageRequest page) {
        reader();
        var f = new HazardStore.Filter(status, kind, overdue, estateId);
        LocalDate today = today();
        return new PageResult<>(store.list(jurisdictions.current(), f, page, today),
                store.count(jurisdictions.current(), f, today), page.page(), page.size());
    }

    public Hazard get(long id) {
        reader();
        return store.get(jurisdictions.current(), id, today()).orElseThrow(() -> new NotFoundException("hazard", id));
    }

    /** A township, community or the county turns a complaint into a hazard (404 for a complaint outside). */
    @Transactional
    public Hazard fromComplaint(FromComplaint n) {
        AnjuUser u = user();
        if (u.role() != Role.TOWNSHIP_OFFICE && u.role() != Role.COMMUNITY && u.role() != Role.COUNTY_AUTHORITY) {
            throw new AccessDeniedException("TOWNSHIP_OFFICE, COMMUNITY or COUNTY_AUTHORITY");
        }
        List<FieldError> errors = new ArrayList<>();
        if (n.complaintId() == null) {
            errors.add(new FieldError("complaintId", "inspection.error.required"));
        }
        if (n.kind() == null || n.kind() == HazardKind.OTHER) {
            errors.add(new FieldError("kind", "hazard.error.kind"));
        }
        LocalDate today = today();
        if (n.rectifyBy() == null || n.rectifyBy().isBefore(today) || n.rectifyBy().isAfter(today.plusYears(1))) {
            errors.add(new FieldError("rectifyBy", "inspection.error.rectifyBy"));
        }
        String description = Checks.text(n.description(), 800, "description", false, errors);
        Checks.throwIfAny(errors);
        CaseView.Complaint c = complaints.get(n.complaintId()).complaint();
        String path = sources.stream().map(s -> s.estate(c.estateId())).flatMap(Optional::stream)
                .map(JurisdictionSource.Holdings::regionPath).findFirst()
                .orElseThrow(() -> new NotFoundException("complaint", n.complaintId()));
        if (!jurisdictions.current().coversRegion(path)) {
            throw new NotFoundException("complaint", n.complaintId());
        }
        if (store.exists("COMPLAINT", c.id())) {
            throw InvalidRequestException.rule("complaintId", "hazard.error.registered");
        }
        Long company = companies.servingEstate(c.estateId()).map(Companies.CompanyRef::id).orElse(null);
        long id = store.insert(new HazardStore.NewHazard(n.kind(), "COMPLAINT", c.id(), c.estateId(), c.estateName(),
                path, company, "投诉 " + c.number() + ": " + (description == null ? c.categoryName() : description),
                today, n.rectifyBy(), Inspections.actor()));
        audit.record(AuditEntry.created("hazard", id, "投诉转安全隐患 " + c.number(), n));
        return get(id);
    }

    /** The serving company (or the township) reports the hazard rectified; a re-check follows. */
    @Transactional
    public Hazard reportRectified(long id, String note) {
        AnjuUser u = user();
        Hazard h = get(id);
        boolean company = u.role() == Role.PROPERTY_COMPANY && h.companyId() != null
                && h.companyId().equals(u.binding().companyId());
        if (!company && !supervisor(u)) {
            throw new AccessDeniedException("the serving company or the township");
        }
        List<FieldError> errors = new ArrayList<>();
        String text = Checks.text(note, 500, "note", true, errors);
        Checks.throwIfAny(errors);
        if (!store.move(id, HazardStatus.OPEN, HazardStatus.REPORTED, null)) {
            throw InvalidRequestException.rule("status", "hazard.error.notOpen");
        }
        store.check(id, "REPORT", today(), null, text, Inspections.actor());
        audit.record(new AuditEntry("UPDATE", "hazard", String.valueOf(id), "隐患整改完成报告",
                Map.of("status", h.status()), Map.of("status", HazardStatus.REPORTED), text));
        return get(id);
    }

    /** The township (or county, community) re-checks: passed closes the hazard, failed reopens it. */
    @Transactional
    public Hazard recheck(long id, Boolean passed, String note) {
        AnjuUser u = user();
        Hazard h = get(id);
        if (!supervisor(u)) {
            throw new AccessDeniedException("TOWNSHIP_OFFICE, COMMUNITY or COUNTY_AUTHORITY");
        }
        List<FieldError> errors = new ArrayList<>();
        if (passed == null) {
            errors.add(new FieldError("passed", "inspection.error.required"));
        }
        String text = Checks.text(note, 500, "note", true, errors);
        Checks.throwIfAny(errors);
        if (h.status() == HazardStatus.CLOSED) {
            throw InvalidRequestException.rule("status", "hazard.error.closed");
        }
        LocalDate today = today();
        HazardStatus to = passed ? HazardStatus.CLOSED : HazardStatus.OPEN;
        if (!store.move(id, h.status(), to, passed ? today : null)) {
            throw InvalidRequestException.rule("status", "hazard.error.closed");
        }
        store.check(id, "RECHECK", today, passed, text, Inspections.actor());
        audit.record(new AuditEntry("UPDATE", "hazard", String.valueOf(id), passed ? "隐患复查通过, 销号" : "隐患复查未通过",
                Map.of("status", h.status()), Map.of("status", to), text));
        return get(id);
    }

    private static boolean supervisor(AnjuUser u) {
        return u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY || u.role() == Role.COUNTY_AUTHORITY;
    }

    private static void reader() {
        Role r = user().role();
        if (r == Role.OWNER || r == Role.ADMINISTRATOR || r == Role.DEPARTMENT) {
            throw new AccessDeniedException("hazards");
        }
    }

    private static AnjuUser user() {
        return Inspections.user();
    }
}
