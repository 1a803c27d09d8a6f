package org.anju.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.calendar.WorkingCalendar;
import org.anju.casework.CaseClosed;
import org.anju.casework.Rating;
import org.anju.credit.CreditView.BlackEntry;
import org.anju.credit.CreditView.Company;
import org.anju.credit.CreditView.Event;
import org.anju.credit.CreditView.HonorRoll;
import org.anju.credit.CreditView.Manager;
import org.anju.credit.CreditView.ManagerStanding;
import org.anju.credit.CreditView.Objection;
import org.anju.credit.CreditView.PublicRecord;
import org.anju.credit.CreditView.Rule;
import org.anju.credit.CreditView.Scheme;
import org.anju.credit.CreditView.Standing;
import org.anju.credit.internal.CreditStore;
import org.anju.credit.internal.CreditStore.EventFilter;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.market.Companies;
import org.anju.market.ProjectView.Project;
import org.anju.market.Projects;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit, public API: events recorded from other modules' facts ({@link #record}) or entered by the county and the
 * townships; every arrival, revocation or repair recomputes the company's grade and list at once (with history); a
 * company sees its own credit and objects within the window; the county answers within 3 (or 7) working days
 * ({@link ObjectionDeadline}). Reads: the county everything, a township the companies serving its area, a company
 * its own (404 for another's); other roles 403.
 */
@Service
@Transactional(readOnly = true)
public class CreditBook {

    /** A fact from another module or a person, before the scheme gives it points. */
    public record Fact(long companyId, Long projectId, Long estateId, String regionPath, String managerName,
                       LocalDate occurredOn, CreditSource source, String sourceRef, String ruleCode, String summary) {
    }

    /** Body of an event entered by hand. */
    public record Entry(Long companyId, String ruleCode, LocalDate occurredOn, String sourceRef, String summary,
                        String managerName) {
    }

    /**
     * A breach of a property service contract (违约) the county, or a township in its area, records against a
     * company's project: the day, what was breached, and the document it is recorded in.
     */
    public record Breach(Long projectId, LocalDate occurredOn, String breached, String sourceRef) {
    }

    /** The county's answer to an objection. */
    public enum Decision {
        /** The source must verify: the deadline becomes 7 working days. */
        VERIFY,
        /** The event is revoked at once. */
        UPHOLD,
        /** The event stands. */
        REJECT
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CreditStore store;
    private final Companies companies;
    private final Projects projects;
    private final Jurisdictions jurisdictions;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    CreditBook(CreditStore store, Companies companies, Projects projects, Jurisdictions jurisdictions,
               WorkingCalendar calendar, AuditLog audit, Clock clock) {
        this.store = store;
        this.companies = companies;
        this.projects = projects;
        this.jurisdictions = jurisdictions;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // recording

    /**
     * Records a fact as an event with its rule's points, veto and validity, once per source, reference and rule (a
     * repeated fact is ignored), and recomputes the company's grade. The event lands on a project manager: the one
     * the fact names, else the one its project (or the company's project serving its estate on the day) names now.
     * No caller check: facts come from other modules' listeners, after their own checks. Empty when the fact was
     * known or the company is unknown.
     */
    @Transactional
    public Optional<Long> record(Fact f) {
        Rule rule = store.rule(f.ruleCode()).orElseThrow(() -> new IllegalArgumentException(f.ruleCode()));
        Optional<String> name = companies.nameOf(f.companyId());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Project> project = projectOf(f);
        Long projectId = f.projectId() != null ? f.projectId() : project.map(Project::id).orElse(null);
        String manager = clip(blankToNull(f.managerName() != null ? f.managerName()
                : project.map(Project::managerName).orElse(null)), 60);
        Long managerId = manager == null ? null : store.manager(f.companyId(), manager);
        Optional<Long> id = store.insert(new CreditStore.NewEvent(f.companyId(), name.get(), projectId,
                f.estateId(), f.regionPath(), managerId, manager, f.occurredOn(), f.source(), f.sourceRef(), rule,
                CreditScheme.expiry(f.occurredOn(), rule.validityMonths()), clip(f.summary(), 500), actor()));
        id.ifPresent(e -> recompute(f.companyId(), rule.name() + " " + f.sourceRef()));
        return id;
    }

    /**
     * The rules a closed complaint triggers: closed late, rated unsatisfied, or on time and satisfied (one event per
     * rule, each traced to the complaint).
     */
    @Transactional
    public void recordComplaint(CaseClosed c) {
        LocalDate day = LocalDate.ofInstant(c.closedAt(), ZONE);
        String ref = "case:" + c.caseId();
        if (!c.onTime()) {
            record(complaint(c, day, ref, "COMPLAINT_LATE", "投诉 " + c.caseId() + " 超过办理时限办结"));
        }
        if (c.rating() == Rating.UNSATISFIED) {
            record(complaint(c, day, ref, "COMPLAINT_UNSATISFIED", "投诉 " + c.caseId() + " 群众评价不满意"));
        }
        if (c.onTime() && c.rating() == Rating.SATISFIED) {
            record(complaint(c, day, ref, "COMPLAINT_SATISFIED", "投诉 " + c.caseId() + " 按期办结且满意"));
        }
    }

    /** The company's project the fact is about: named, or serving the fact's estate on its day. */
    private Optional<Project> projectOf(Fact f) {
        Optional<Project> p = f.projectId() != null ? projects.unscoped(f.projectId())
                : f.estateId() != null ? projects.servingOn(f.estateId(), f.occurredOn()) : Optional.empty();
        return p.filter(x -> x.companyId() == f.companyId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * 违约: the county records a breach against any project of its county, a township against a project in its area
     * (404 otherwise; other roles 403). Scored by the rule {@code CONTRACT_BREACH} (a default the county edits), on
     * the project's company and manager; the company may object as to any event.
     */
    @Transactional
    public Event breach(Breach b) {
        AnjuUser u = user();
        boolean county = u.role() == Role.COUNTY_AUTHORITY;
        if (!county && u.role() != Role.TOWNSHIP_OFFICE) {
            throw new AccessDeniedException("COUNTY_AUTHORITY or TOWNSHIP_OFFICE");
        }
        List<FieldError> errors = new ArrayList<>();
        if (b.projectId() == null) {
            errors.add(new FieldError("projectId", "credit.error.project"));
        }
        LocalDate today = today();
        if (b.occurredOn() == null || b.occurredOn().isAfter(today) || b.occurredOn().isBefore(today.minusYears(5))) {
            errors.add(new FieldError("occurredOn", "credit.error.occurredOn"));
        }
        String breached = text(b.breached(), 400, "breached", true, errors);
        String ref = text(b.sourceRef(), 80, "sourceRef", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Project p = projects.get(b.projectId());
        String sourceRef = "project:" + p.id() + ":" + ref;
        if (store.exists(CreditSource.CONTRACT, sourceRef, BREACH)) {
            throw InvalidRequestException.rule("sourceRef", "credit.error.duplicate");
        }
        long id = record(new Fact(p.companyId(), p.id(), p.estateId(),
                county ? null : jurisdictions.current().regionPath(), null, b.occurredOn(), CreditSource.CONTRACT,
                sourceRef, BREACH, "违约 (" + p.estateName() + "): " + breached)).orElseThrow();
        audit.record(AuditEntry.created("credit-event", id, "记录违约 " + p.companyName() + " " + p.estateName(), b));
        return store.event(id, store.scheme(), today).orElseThrow();
    }

    /** The rule of a contract breach. */
    public static final String BREACH = "CONTRACT_BREACH";

    private static Fact complaint(CaseClosed c, LocalDate day, String ref, String rule, String summary) {
        return new Fact(c.companyId(), null, c.estateId(), null, null, day, CreditSource.COMPLAINT, ref, rule, summary);
    }

    /**
     * An event entered by hand: the county any rule of a court, penalty or township source; a township (or
     * community) only its opinions, on a company serving its area (404 otherwise).
     */
    @Transactional
    public Event enter(Entry e) {
        AnjuUser u = user();
        boolean county = u.role() == Role.COUNTY_AUTHORITY;
        if (!county && u.role() != Role.TOWNSHIP_OFFICE && u.role() != Role.COMMUNITY) {
            throw new AccessDeniedException("COUNTY_AUTHORITY or TOWNSHIP_OFFICE");
        }
        List<FieldError> errors = new ArrayList<>();
        if (e.companyId() == null) {
            errors.add(new FieldError("companyId", "credit.error.company"));
        }
        Optional<Rule> rule = e.ruleCode() == null ? Optional.empty() : store.rule(e.ruleCode());
        Set<CreditSource> allowed = county ? Set.of(CreditSource.COUNTY, CreditSource.TOWNSHIP, CreditSource.COMMENDATION)
                : Set.of(CreditSource.TOWNSHIP);
        if (rule.isEmpty() || !allowed.contains(rule.get().source())) {
            errors.add(new FieldError("ruleCode", "credit.error.rule"));
        }
        LocalDate today = today();
        if (e.occurredOn() == null || e.occurredOn().isAfter(today) || e.occurredOn().isBefore(today.minusYears(5))) {
            errors.add(new FieldError("occurredOn", "credit.error.occurredOn"));
        }
        String ref = text(e.sourceRef(), 80, "sourceRef", true, errors);
        String summary = text(e.summary(), 500, "summary", true, errors);
        String manager = text(e.managerName(), 60, "managerName", false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (!visibleCompanies(u).map(s -> s.contains(e.companyId())).orElse(true)
                || companies.nameOf(e.companyId()).isEmpty()) {
            throw new NotFoundException("company", e.companyId());
        }
        CreditSource source = rule.get().source();
        String sourceRef = source == CreditSource.TOWNSHIP ? "region:" + jurisdictions.current().regionPath() + ":" + ref
                : ref;
        if (store.exists(source, sourceRef, rule.get().code())) {
            throw InvalidRequestException.rule("sourceRef", "credit.error.duplicate");
        }
        long id = record(new Fact(e.companyId(), null, null, county ? null : jurisdictions.current().regionPath(),
                manager, e.occurredOn(), source, sourceRef, rule.get().code(), summary)).orElseThrow();
        audit.record(AuditEntry.created("credit-event", id, "录入信用信息 " + rule.get().name(), e));
        return event(id);
    }

    // reading

    public Company company(long companyId) {
        AnjuUser u = user();
        if (!visibleCompanies(u).map(s -> s.contains(companyId)).orElse(true)) {
            throw new NotFoundException("company", companyId);
        }
        String name = companies.nameOf(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
        LocalDate today = today();
        CreditScheme scheme = store.scheme();
        CreditScheme.Result r = scheme.evaluate(store.counted(companyId), today);
        return new Company(companyId, name, r.base(), r.bonuses(), r.deductions(), r.score(), r.veto(), r.grade(),
                r.list(), store.events(companyId, scheme, today),
                store.objections(companyId, null, PageRequest.of(0, 100), today), store.history(companyId),
                store.managers(companyId).stream().map(m -> {
                    List<CreditScheme.Counted> events = store.countedOfManager(m.id());
                    CreditScheme.Result mr = scheme.evaluate(events, today);
                    return new ManagerStanding(m.id(), m.name(), mr.score(), mr.grade(), mr.veto(), events.size());
                }).toList());
    }

    /**
     * A project manager's credit (decision 0028): the company scheme over the events recorded on them. Whoever may
     * read the company's credit may read its managers' (404 otherwise).
     */
    public Manager manager(long managerId) {
        AnjuUser u = user();
        CreditStore.ManagerRow m = store.manager(managerId)
                .filter(x -> visibleCompanies(u).map(s -> s.contains(x.companyId())).orElse(true))
                .orElseThrow(() -> new NotFoundException("credit-manager", managerId));
        LocalDate today = today();
        CreditScheme scheme = store.scheme();
        CreditScheme.Result r = scheme.evaluate(store.countedOfManager(managerId), today);
        return new Manager(m.id(), m.companyId(), companies.nameOf(m.companyId()).orElse("#" + m.companyId()),
                m.name(), r.base(), r.bonuses(), r.deductions(), r.score(), r.veto(), r.grade(),
                store.eventsOfManager(managerId, scheme, today));
    }

    public PageResult<Event> events(Long companyId, CreditSource source, EventStatus status, PageRequest page) {
        Set<Long> visible = visibleCompanies(user()).orElse(null);
        EventFilter f = new EventFilter(visible, companyId, source, status);
        LocalDate today = today();
        return new PageResult<>(store.events(f, page, store.scheme(), today), store.count(f), page.page(), page.size());
    }

    public Event event(long id) {
        Event e = store.event(id, store.scheme(), today()).orElseThrow(() -> new NotFoundException("credit-event", id));
        if (!visibleCompanies(user()).map(s -> s.contains(e.companyId())).orElse(true)) {
            throw new NotFoundException("credit-event", id);
        }
        return e;
    }

    /** The county sees every objection, a company its own; others 403. */
    public PageResult<Objection> objections(ObjectionStatus status, PageRequest page) {
        AnjuUser u = user();
        Long company = switch (u.role()) {
            case COUNTY_AUTHORITY -> null;
            case PROPERTY_COMPANY -> u.binding().companyId() == null ? -1L : u.binding().companyId();
            default -> throw new AccessDeniedException("COUNTY_AUTHORITY or PROPERTY_COMPANY");
        };
        LocalDate today = today();
        return new PageResult<>(store.objections(company, status, page, today), store.countObjections(company, status),
                page.page(), page.size());
    }

    // objections and repair

    /** The company objects to one of its own valid events within the window (404 for another's). */
    @Transactional
    public Objection object(long eventId, String reason) {
        AnjuUser u = user();
        if (u.role() != Role.PROPERTY_COMPANY) {
            throw new AccessDeniedException("PROPERTY_COMPANY");
        }
        Event e = event(eventId);
        List<FieldError> errors = new ArrayList<>();
        String why = text(reason, 1000, "reason", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        LocalDate today = today();
        if (e.status() != EventStatus.VALID) {
            throw InvalidRequestException.rule("eventId", "credit.error.notValid");
        }
        if (today.isAfter(e.objectionUntil())) {
            throw InvalidRequestException.rule("eventId", "credit.error.windowClosed", e.objectionUntil());
        }
        if (store.hasOpenObjection(eventId)) {
            throw InvalidRequestException.rule("eventId", "credit.error.objectionOpen");
        }
        long id = store.fileObjection(eventId, e.companyId(), why, today,
                ObjectionDeadline.due(today, false, calendar.days()), actor());
        audit.record(AuditEntry.created("credit-objection", id, "信用信息异议 " + e.ruleName(), why));
        return store.objection(id, today).orElseThrow();
    }

    /** The county answers: asks the source to verify (7 working days), upholds (revokes the event) or rejects. */
    @Transactional
    public Objection answer(long objectionId, Decision decision, String answer) {
        requireCounty();
        LocalDate today = today();
        Objection o = store.objection(objectionId, today)
                .orElseThrow(() -> new NotFoundException("credit-objection", objectionId));
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "credit.error.decision"));
        }
        String text = text(answer, 1000, "answer", decision != Decision.VERIFY, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (o.status() != ObjectionStatus.OPEN) {
            throw InvalidRequestException.rule("decision", "credit.error.answered");
        }
        switch (decision) {
            case VERIFY -> {
                if (o.needsVerification()) {
                    throw InvalidRequestException.rule("decision", "credit.error.verifying");
                }
                store.verify(objectionId, ObjectionDeadline.due(o.filedOn(), true, calendar.days()));
            }
            case UPHOLD -> {
                store.answer(objectionId, ObjectionStatus.UPHELD, text, today, actor());
                store.close(o.eventId(), EventStatus.REVOKED, today, text);
                recompute(o.companyId(), "异议成立, 撤销信用信息 " + o.eventId());
            }
            case REJECT -> store.answer(objectionId, ObjectionStatus.REJECTED, text, today, actor());
        }
        audit.record(new AuditEntry("UPDATE", "credit-objection", String.valueOf(objectionId),
                "信用异议处理 " + decision, Map.of("status", o.status()), Map.of("decision", decision), text));
        return store.objection(objectionId, today).orElseThrow();
    }

    /** 信用修复: the county records that a company corrected a deduction; it stops counting and being disclosed. */
    @Transactional
    public Event repair(long eventId, String note) {
        requireCounty();
        Event e = event(eventId);
        List<FieldError> errors = new ArrayList<>();
        String text = text(note, 500, "note", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (e.status() != EventStatus.VALID || e.points().signum() >= 0) {
            throw InvalidRequestException.rule("eventId", "credit.error.notRepairable");
        }
        store.close(eventId, EventStatus.REPAIRED, today(), text);
        recompute(e.companyId(), "信用修复 " + eventId);
        audit.record(new AuditEntry("UPDATE", "credit-event", String.valueOf(eventId), "信用修复",
                Map.of("status", e.status()), Map.of("status", EventStatus.REPAIRED), text));
        return event(eventId);
    }

    // the scheme

    /** Anyone signed in may read the scheme (it is the public rule of the game). */
    public Scheme scheme() {
        user();
        return new Scheme(store.scheme(), store.rules());
    }

    /** The county edits the base, cut-offs, objection window and disclosure years; every grade is recomputed. */
    @Transactional
    public Scheme updateScheme(CreditScheme s) {
        requireCounty();
        List<FieldError> errors = new ArrayList<>();
        if (s == null || s.base() == null || s.cutAaa() == null || s.cutAa() == null || s.cutA() == null
                || s.cutB() == null) {
            throw InvalidRequestException.field("cutAaa", "credit.error.cutOffs");
        }
        if (!(s.cutAaa().compareTo(s.cutAa()) > 0 && s.cutAa().compareTo(s.cutA()) > 0
                && s.cutA().compareTo(s.cutB()) > 0 && s.cutB().signum() > 0 && s.cutAaa().compareTo(new BigDecimal("1000")) < 0)) {
            errors.add(new FieldError("cutAaa", "credit.error.cutOffs"));
        }
        if (s.base().signum() <= 0 || s.base().compareTo(new BigDecimal("1000")) >= 0) {
            errors.add(new FieldError("base", "credit.error.base"));
        }
        if (s.objectionDays() < 1 || s.objectionDays() > 365) {
            errors.add(new FieldError("objectionDays", "credit.error.objectionDays"));
        }
        if (s.publicYears() < 1 || s.publicYears() > CreditScheme.MAX_PUBLIC_YEARS) {
            errors.add(new FieldError("publicYears", "credit.error.publicYears"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        CreditScheme before = store.scheme();
        store.saveScheme(s, actor());
        audit.record(new AuditEntry("UPDATE", "credit-scheme", "1", "修改信用评价办法", before, s, null));
        recomputeAll("评价办法修改");
        return scheme();
    }

    /** The county edits a rule's points, validity and veto; events already recorded keep theirs. */
    @Transactional
    public Scheme updateRule(String code, BigDecimal points, Integer validityMonths, Boolean veto) {
        requireCounty();
        Rule rule = store.rule(code).orElseThrow(() -> new NotFoundException("credit-rule", code));
        List<FieldError> errors = new ArrayList<>();
        if (points == null || points.abs().compareTo(new BigDecimal("100")) > 0 || points.scale() > 2) {
            errors.add(new FieldError("points", "credit.error.points"));
        }
        if (validityMonths == null || validityMonths < 1 || validityMonths > 60) {
            errors.add(new FieldError("validityMonths", "credit.error.validity"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        store.saveRule(code, points, validityMonths, Boolean.TRUE.equals(veto));
        audit.record(new AuditEntry("UPDATE", "credit-rule", code, "修改信用评分标准 " + rule.name(), rule,
                Map.of("points", points, "validityMonths", validityMonths, "veto", Boolean.TRUE.equals(veto)), null));
        return scheme();
    }

    // grades for everyone

    /** The honor roll, for anyone: red list, black list with their disclosed records, every grade (paged). */
    public HonorRoll honorRoll(String text, PageRequest page) {
        CreditScheme scheme = store.scheme();
        LocalDate today = today();
        List<BlackEntry> black = store.onList(CreditList.BLACK).stream().map(s -> new BlackEntry(s,
                store.deductions(s.companyId(), scheme, today).stream()
                        .filter(e -> scheme.disclosable(e.occurredOn(), today))
                        .map(e -> new PublicRecord(e.occurredOn(), e.ruleName(), e.points(), e.veto())).toList()))
                .toList();
        return new HonorRoll(store.onList(CreditList.RED), black,
                new PageResult<>(store.standings(text, page), store.countStandings(text), page.page(), page.size()));
    }

    /** Whoever asks: a company's current standing (grade and list), if graded. */
    public Optional<Standing> standing(long companyId) {
        return store.standing(companyId);
    }

    /** Whoever asks: the grade each company had on a day. */
    public Map<Long, Grade> gradesOn(Set<Long> companyIds, LocalDate day) {
        return store.gradesOn(companyIds, day);
    }

    /** Whoever asks: the complaint deductions a company collected since a day (the inspection draw weighs them). */
    public long complaintDeductions(long companyId, LocalDate since) {
        return store.complaintDeductions(companyId, since);
    }

    /** Recomputes one company's score, grade and list from its events; history when anything changed. */
    @Transactional
    public Standing recompute(long companyId, String cause) {
        String name = companies.nameOf(companyId).orElse("#" + companyId);
        LocalDate today = today();
        CreditScheme.Result r = store.scheme().evaluate(store.counted(companyId), today);
        store.saveGrade(companyId, name, r.score(), r.grade(), r.list(), today, cause);
        return store.standing(companyId).orElseThrow();
    }

    /** Recomputes every registered company (expiry, a new scheme, a company with no event yet). */
    @Transactional
    public int recomputeAll(String cause) {
        List<Companies.Option> all = companies.registered();
        all.forEach(c -> recompute(c.id(), cause));
        return all.size();
    }

    // access

    /** Companies the caller may see: empty = all (county); 403 for roles that never see credit. */
    private Optional<Set<Long>> visibleCompanies(AnjuUser u) {
        return switch (u.role()) {
            case COUNTY_AUTHORITY -> Optional.empty();
            case PROPERTY_COMPANY -> Optional.of(u.binding().companyId() == null ? Set.of()
                    : Set.of(u.binding().companyId()));
            case TOWNSHIP_OFFICE, COMMUNITY -> Optional.of(jurisdictions.current().regionPath() == null ? Set.of()
                    : companies.servingRegion(jurisdictions.current().regionPath()));
            default -> throw new AccessDeniedException("credit");
        };
    }

    private static AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
    }

    private static void requireCounty() {
        if (user().role() != Role.COUNTY_AUTHORITY) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }

    private static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String text(String value, int max, String field, boolean required, List<FieldError> errors) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "credit.error.required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, "credit.error.tooLong", max));
        }
        return v;
    }
}
