package org.anju.market;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.market.ServiceModeView.EstateMode;
import org.anju.market.ServiceModeView.Period;
import org.anju.market.internal.ServiceModeQueries;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.ManagementAreas;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each management area's service mode (物业服务形式) and its history, within the caller's jurisdiction (decision
 * 0027; an estate of one area reads as before). Changes need REGISTER_WRITE (county, township and community roles)
 * and are audited.
 */
@Service
public class ServiceModes {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A change: the new mode from a day; a company to record a project with where ENTERPRISE has none. */
    public record Change(ServiceMode mode, LocalDate from, Long companyId, String note, Long areaId) {

        /** A change of an estate that is one management area. */
        public Change(ServiceMode mode, LocalDate from, Long companyId, String note) {
            this(mode, from, companyId, note, null);
        }
    }

    /**
     * A period for sample or imported data; {@code to} null for the current one. An ENTERPRISE period
     * is linked to the estate's open project.
     */
    public record Initial(long estateId, ServiceMode mode, LocalDate from, LocalDate to, String note) {
    }

    private final ServiceModeQueries queries;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Companies companies;
    private final ManagementAreas areas;

    ServiceModes(ServiceModeQueries queries, Jurisdictions jurisdictions, AuditLog audit, Companies companies,
                 ManagementAreas areas) {
        this.areas = areas;
        this.queries = queries;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.companies = companies;
    }

    public PageResult<EstateMode> estates(Long townshipId, Long communityId, Long estateId, ServiceMode mode,
                                          PageRequest page) {
        return queries.estates(jurisdictions.current(), townshipId, communityId, estateId, mode, page);
    }

    /** The estate with its current mode; 404 outside the jurisdiction, 422 where it has several areas. */
    public EstateMode estate(long estateId) {
        return estate(estateId, null);
    }

    /** A management area of the estate with its current mode (the area may be left out where it is the only one). */
    public EstateMode estate(long estateId, Long areaId) {
        long area = areas.resolve(estateId, areaId).id();
        return queries.area(jurisdictions.current(), estateId, area)
                .orElseThrow(() -> new NotFoundException("estate", estateId));
    }

    /** The periods of every area of the estate, the current one first. */
    public List<Period> history(long estateId) {
        areas.areas(estateId);
        return queries.history(estateId, null);
    }

    /** The periods of one area of the estate (null: every area), the current one first. */
    public List<Period> history(long estateId, Long areaId) {
        if (areaId == null) {
            return history(estateId);
        }
        estate(estateId, areaId);
        return queries.history(estateId, areaId);
    }

    /** Changes an area's mode from a day: closes the current period, opens a new one, audits both. */
    @Transactional
    public Period change(long estateId, Change change) {
        EstateMode current = estate(estateId, change.areaId());
        long areaId = current.areaId();
        requireWrite();
        LocalDate from = change.from() == null ? LocalDate.now(CHINA) : change.from();
        Long project = change.mode() == ServiceMode.ENTERPRISE ? queries.activeProject(estateId, from).orElse(null)
                : null;
        ServiceModeRule.check(change.mode(), current.legacy(), project != null, change.companyId(), current.mode());
        if (current.since() != null && !from.isAfter(current.since())) {
            throw InvalidRequestException.rule("from", "error.serviceMode.fromBeforeCurrent", current.since());
        }
        if (change.mode() == ServiceMode.ENTERPRISE) {
            project = enterpriseProject(estateId, from, project, change.companyId());
        }
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        if (note != null && note.length() > 500) {
            throw InvalidRequestException.field("note", "error.serviceMode.note");
        }
        queries.closeCurrent(areaId, from);
        String by = Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
        long id = queries.insert(estateId, areaId, change.mode(), from, project, by, note);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("mode", current.mode().name());
        before.put("since", current.since() == null ? null : current.since().toString());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mode", change.mode().name());
        after.put("from", from.toString());
        after.put("projectId", project);
        after.put("note", note);
        after.put("areaId", areaId);
        audit.record(new AuditEntry("UPDATE", "estate-service-mode", String.valueOf(estateId),
                "物业服务形式变更 " + current.estateName() + (current.areaName() == null ? "" : " " + current.areaName())
                        + ": " + current.mode() + " → " + change.mode(), before, after, null));
        return queries.history(estateId, areaId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /**
     * A project starts (or changes its mode): projects stay per estate, so in each management area of the estate the
     * current period closes the day before and a period of the project's mode opens, linked to it, audited. The
     * caller has checked permission and jurisdiction.
     */
    void recordProject(long estateId, String estateName, ServiceMode mode, LocalDate from, long projectId) {
        for (long areaId : queries.areas(estateId)) {
            recordProject(estateId, areaId, estateName, mode, from, projectId);
        }
    }

    private void recordProject(long estateId, long areaId, String estateName, ServiceMode mode, LocalDate from,
                               long projectId) {
        var current = queries.history(estateId, areaId).stream().filter(p -> p.to() == null).findFirst();
        if (current.isPresent() && !from.isAfter(current.get().from())) {
            throw InvalidRequestException.rule("startsOn", "error.serviceMode.fromBeforeCurrent", current.get().from());
        }
        queries.closeCurrent(areaId, from);
        String by = Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
        queries.insert(estateId, areaId, mode, from, projectId, by, null);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("mode", current.map(p -> p.mode().name()).orElse("NONE"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mode", mode.name());
        after.put("from", from.toString());
        after.put("projectId", projectId);
        audit.record(new AuditEntry("UPDATE", "estate-service-mode", String.valueOf(estateId),
                "物业项目变更服务形式 " + estateName + ": " + before.get("mode") + " → " + mode, before, after, null));
    }

    /** Loads periods in JDBC batches (sample and benchmark data), recorded by "system", not audited one by one. */
    @Transactional
    public void load(List<Initial> periods) {
        queries.insertAll(periods);
    }

    /** The estate's active project, the named company's one, or a new project of that company from the day. */
    private Long enterpriseProject(long estateId, LocalDate from, Long active, Long companyId) {
        if (active != null) {
            if (companyId != null && !companyId.equals(queries.projectCompany(active).orElse(null))) {
                throw InvalidRequestException.rule("companyId", "error.serviceMode.otherProject");
            }
            return active;
        }
        if (companyId == null || companyId <= 0 || !queries.companyExists(companyId)) {
            throw InvalidRequestException.rule("companyId", "error.serviceMode.company");
        }
        if (!companies.mayTakeProjects(companyId)) { // barred, merged or exited (退出机制)
            throw InvalidRequestException.rule("companyId", "project.error.companyBarred");
        }
        if (queries.hasOpenProject(estateId)) { // a project starting later than the day: not this one's
            throw InvalidRequestException.rule("companyId", "error.serviceMode.otherProject");
        }
        return companies.startProject(companyId, estateId, from);
    }

    private static void requireWrite() {
        if (Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isEmpty()) {
            throw new AccessDeniedException(Permission.REGISTER_WRITE.name());
        }
    }

    /** Whether the caller may change modes (for the pages' buttons). */
    public static boolean canChange() {
        return Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isPresent();
    }
}
