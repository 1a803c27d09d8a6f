package org.anju.inspection;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.calendar.WorkingCalendar;
import org.anju.credit.CreditBook;
import org.anju.credit.Grade;
import org.anju.credit.InspectionFindingReported;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.JurisdictionSource;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.inspection.InspectionView.DrawInspector;
import org.anju.inspection.InspectionView.DrawTarget;
import org.anju.inspection.InspectionView.Finding;
import org.anju.inspection.InspectionView.Inspection;
import org.anju.inspection.InspectionView.InspectionDetail;
import org.anju.inspection.InspectionView.Inspector;
import org.anju.inspection.InspectionView.Matter;
import org.anju.inspection.InspectionView.Plan;
import org.anju.inspection.InspectionView.PlanDetail;
import org.anju.inspection.InspectionView.PublicInspection;
import org.anju.inspection.InspectionView.PublicPlan;
import org.anju.inspection.InspectionView.PublishedDraw;
import org.anju.inspection.InspectionView.Target;
import org.anju.inspection.internal.HazardStore;
import org.anju.inspection.internal.InspectionStore;
import org.anju.inspection.internal.InspectionStore.InspectionFilter;
import org.anju.inspection.internal.InspectionStore.InspectionRow;
import org.anju.inspection.internal.InspectionStore.PlanRow;
import org.anju.market.Companies;
import org.anju.market.ProjectView.Project;
import org.anju.market.Projects;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Double-random inspections, public API. The county keeps the matter list and the two directories, and commits a
 * plan: its inputs (targets weighted by credit grade and complaints, inspectors with units and conflicts) and the
 * SHA-256 of a fresh random seed are frozen and public from that moment; the draw reveals the seed and runs
 * {@link InspectionDraw} over the frozen inputs, so anyone can re-run it. Drawn inspectors record findings on their
 * phones; a failed item goes to the hazard register with its deadline; the end of an inspection reports its outcome
 * to credit ({@link InspectionFindingReported}) and starts the 20 working days for publication.
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

    /** A matter of the list. */
    public record NewMatter(String code, String name, String basis, String checklist) {
    }

    /** An inspector of the directory; {@code username} is their department account (may be null). */
    public record NewInspector(String name, String unit, String username) {
    }

    /** A plan to commit; weights null = {@link DrawWeights#DEFAULT}. */
    public record NewPlan(String title, Long matterId, Integer sharePercent, Integer perTarget, LocalDate startsOn,
                          LocalDate endsOn, DrawWeights weights) {
    }

    /** A checklist item recorded on site; a failed item needs a severity and a rectification deadline. */
    public record NewFinding(String item, Boolean passed, Severity severity, HazardKind hazardKind, String description,
                             LocalDate rectifyBy, BigDecimal latitude, BigDecimal longitude) {
    }

    /** A photo taken on site. */
    public record Photo(String contentType, byte[] content) {
    }

    /** The largest photo accepted. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final InspectionStore store;
    private final HazardStore hazards;
    private final CreditBook credit;
    private final Projects projects;
    private final Companies companies;
    private final List<JurisdictionSource> sources;
    private final Jurisdictions jurisdictions;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Inspections(InspectionStore store, HazardStore hazards, CreditBook credit, Projects projects, Companies companies,
                List<JurisdictionSource> sources, Jurisdictions jurisdictions, WorkingCalendar calendar,
                AuditLog audit, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.store = store;
        this.hazards = hazards;
        this.credit = credit;
        this.projects = projects;
        this.companies = companies;
        this.sources = sources;
        this.jurisdictions = jurisdictions;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // the list and the directories (county)

    public List<Matter> matters() {
        return store.matters(countyPath());
    }

    @Transactional
    public Matter addMatter(NewMatter m) {
        String path = countyPath();
        List<FieldError> errors = new ArrayList<>();
        String code = Checks.text(m.code(), 40, "code", true, errors);
        String name = Checks.text(m.name(), 120, "name", true, errors);
        String basis = Checks.text(m.basis(), 500, "basis", true, errors);
        String checklist = Checks.text(m.checklist(), 2000, "checklist", true, errors);
        Checks.throwIfAny(errors);
        long id = store.addMatter(path, code, name, basis, checklist);
        audit.record(AuditEntry.created("inspection-matter", id, "抽查事项 " + name, m));
        return store.matter(path, id).orElseThrow();
    }

    /** The county edits a matter's name, legal basis and checklist (its code stays); plans keep what they committed. */
    @Transactional
    public Matter updateMatter(long id, NewMatter m) {
        String path = countyPath();
        Matter before = store.matter(path, id).orElseThrow(() -> new NotFoundException("inspection-matter", id));
        List<FieldError> errors = new ArrayList<>();
        String name = Checks.text(m.name(), 120, "name", true, errors);
        String basis = Checks.text(m.basis(), 500, "basis", true, errors);
        String checklist = Checks.text(m.checklist(), 2000, "checklist", true, errors);
        Checks.throwIfAny(errors);
        store.updateMatter(id, name, basis, checklist);
        Matter after = store.matter(path, id).orElseThrow();
        audit.record(new AuditEntry("UPDATE", "inspection-matter", String.valueOf(id), "修改抽查事项 " + name, before,
                after, null));
        return after;
    }

    /** Which list or directory an entry belongs to. */
    public enum Directory {
        /** The inspection matter list (a retired matter takes no new plan). */
        MATTER("ins_matter", "inspection-matter", "抽查事项"),
        /** The directory of targets (a deactivated target is never drawn). */
        TARGET("ins_target", "inspection-target", "检查对象"),
        /** The directory of inspectors (a deactivated inspector is never drawn and records nothing). */
        INSPECTOR("ins_inspector", "inspector", "执法检查人员");

        private final String table;
        private final String entity;
        private final String label;

        Directory(String table, String entity, String label) {
            this.table = table;
            this.entity = entity;
            this.label = label;
        }
    }

    /**
     * The county retires or deactivates an entry (with a reason) or reactivates it. Nothing is deleted: past plans
     * keep their frozen inputs, and a plan committed before still draws without the entry, recording it as withdrawn.
     * 404 for another county's entry.
     */
    @Transactional
    public void setActive(Directory directory, long id, Boolean active, String reason) {
        String path = countyPath();
        List<FieldError> errors = new ArrayList<>();
        if (directory == null) {
            throw new NotFoundException("inspection-directory", id);
        }
        if (active == null) {
            errors.add(new FieldError("active", "inspection.error.required"));
        }
        String why = Checks.text(reason, 200, "reason", Boolean.FALSE.equals(active), errors);
        Checks.throwIfAny(errors);
        boolean exists = switch (directory) {
            case MATTER -> store.matter(path, id).isPresent();
            case TARGET -> store.targetIn(path, id).isPresent();
            case INSPECTOR -> store.inspectorIn(path, id).isPresent();
        };
        if (!exists) {
            throw new NotFoundException(directory.entity, id);
        }
        if (!store.setActive(directory.table, id, active)) {
            throw InvalidRequestException.rule("active", active ? "inspection.error.alreadyActive"
                    : "inspection.error.alreadyInactive");
        }
        audit.record(new AuditEntry("UPDATE", directory.entity, String.valueOf(id),
                (active ? "启用" : "停用") + directory.label, Map.of("active", !active), Map.of("active", active), why));
    }

    public List<Target> targets() {
        return store.targets(countyPath(), false);
    }

    /** Adds a project (a company serving an estate) to the directory of targets; 404 outside the county. */
    @Transactional
    public Target addTarget(Long projectId) {
        String path = countyPath();
        if (projectId == null) {
            throw InvalidRequestException.field("projectId", "inspection.error.required");
        }
        Project p = projects.get(projectId);
        String estatePath = estatePath(p.estateId()).filter(e -> e.startsWith(path))
                .orElseThrow(() -> new NotFoundException("project", projectId));
        long id = store.addTarget(path, p.id(), p.companyId(), p.companyName(), p.estateId(), p.estateName(), estatePath);
        audit.record(AuditEntry.created("inspection-target", id, "检查对象 " + p.companyName() + " " + p.estateName(),
                Map.of("projectId", projectId)));
        return store.targets(path, false).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    public List<Inspector> inspectors() {
        return store.inspectors(countyPath(), false);
    }

    @Transactional
    public Inspector addInspector(NewInspector n) {
        String path = countyPath();
        List<FieldError> errors = new ArrayList<>();
        String name = Checks.text(n.name(), 60, "name", true, errors);
        String unit = Checks.text(n.unit(), 120, "unit", true, errors);
        String username = Checks.text(n.username(), 64, "username", false, errors);
        Checks.throwIfAny(errors);
        long id = store.addInspector(path, name, unit, username);
        audit.record(AuditEntry.created("inspector", id, "执法检查人员 " + name + " " + unit, n));
        return inspector(path, id);
    }

    /** Records that an inspector is conflicted with a company: never drawn for its projects. */
    @Transactional
    public Inspector addConflict(long inspectorId, Long companyId, String reason) {
        String path = countyPath();
        store.inspectorIn(path, inspectorId).orElseThrow(() -> new NotFoundException("inspector", inspectorId));
        List<FieldError> errors = new ArrayList<>();
        if (companyId == null || companies.nameOf(companyId).isEmpty()) {
            errors.add(new FieldError("companyId", "inspection.error.company"));
        }
        String why = Checks.text(reason, 200, "reason", true, errors);
        Checks.throwIfAny(errors);
        store.addConflict(inspectorId, companyId, why);
        audit.record(new AuditEntry("UPDATE", "inspector", String.valueOf(inspectorId), "利害关系回避登记", null,
                Map.of("companyId", companyId), why));
        return inspector(path, inspectorId);
    }

    private Inspector inspector(String path, long id) {
        return store.inspectors(path, false).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    // plans

    /** The county, townships and departments read the plans of their county. */
    public PageResult<Plan> plans(PageRequest page) {
        String path = readerPath();
        return new PageResult<>(store.plans(path, page).stream().map(PlanRow::plan).toList(), store.countPlans(path),
                page.page(), page.size());
    }

    public PlanDetail plan(long id) {
        String path = readerPath();
        PlanRow row = store.plan(id).filter(p -> p.regionPath().startsWith(path) || path.startsWith(p.regionPath()))
                .orElseThrow(() -> new NotFoundException("inspection-plan", id));
        return new PlanDetail(row.plan(), published(row), store.inspectionsOfPlan(id, today()));
    }

    /**
     * Commits a plan: freezes the inputs (every active target weighted, every active inspector with conflicts) and
     * publishes the SHA-256 of a fresh 256-bit seed, which stays secret until the draw. Refused (422) when a target
     * could not get inspectors of {@code perTarget} different units free of conflict.
     */
    @Transactional
    public PlanDetail commit(NewPlan n) {
        String path = countyPath();
        List<FieldError> errors = new ArrayList<>();
        String title = Checks.text(n.title(), 120, "title", true, errors);
        Optional<Matter> matter = n.matterId() == null ? Optional.empty() : store.matter(path, n.matterId());
        if (matter.isEmpty() || !matter.get().active()) {
            errors.add(new FieldError("matterId", "inspection.error.matter"));
        }
        int share = n.sharePercent() == null ? 5 : n.sharePercent();
        if (share < 1 || share > 100) {
            errors.add(new FieldError("sharePercent", "inspection.error.share"));
        }
        int perTarget = n.perTarget() == null ? 2 : n.perTarget();
        if (perTarget < 2 || perTarget > 5) {
            errors.add(new FieldError("perTarget", "inspection.error.perTarget"));
        }
        if (n.startsOn() == null || n.endsOn() == null || n.endsOn().isBefore(n.startsOn())
                || n.endsOn().isBefore(today()) || n.startsOn().isBefore(today().minusYears(1))
                || n.endsOn().isAfter(today().plusYears(2))) {
            errors.add(new FieldError("endsOn", "inspection.error.period"));
        }
        DrawWeights weights = n.weights() == null ? DrawWeights.DEFAULT : n.weights();
        if (weights.grades() == null || weights.grades().values().stream().anyMatch(w -> w == null || w < 1 || w > 100)
                || weights.complaintThreshold() < 1 || weights.complaintExtra() < 0 || weights.complaintExtra() > 100) {
            errors.add(new FieldError("weights", "inspection.error.weights"));
        }
        Checks.throwIfAny(errors);
        List<Target> directory = store.targets(path, true);
        List<Inspector> inspectors = store.inspectors(path, true);
        if (directory.isEmpty()) {
            throw InvalidRequestException.rule("targets", "inspection.error.noTargets");
        }
        for (Target t : directory) {
            long units = inspectors.stream().filter(i -> i.conflicts().stream().noneMatch(c -> c.companyId() == t.companyId()))
                    .map(Inspector::unit).distinct().count();
            if (units < perTarget) {
                throw InvalidRequestException.rule("perTarget", "inspection.error.notEnoughInspectors",
                        t.companyName() + " " + t.estateName());
            }
        }
        LocalDate since = today().minusMonths(12);
        Set<Long> companyIds = new HashSet<>(directory.stream().map(Target::companyId).toList());
        Map<Long, Grade> grades = credit.gradesOn(companyIds, today());
        List<DrawTarget> targets = directory.stream().map(t -> {
            Grade g = grades.get(t.companyId());
            long complaints = credit.complaintDeductions(t.companyId(), since);
            return new DrawTarget(t.id(), t.companyId(), t.companyName(), t.estateName(), g == null ? null : g.name(),
                    complaints, weights.weight(g, complaints));
        }).toList();
        List<DrawInspector> pool = inspectors.stream().map(i -> new DrawInspector(i.id(), i.name(), i.unit(),
                i.conflicts().stream().map(InspectionView.Conflict::companyId).sorted().toList())).toList();
        Inputs inputs = new Inputs(DrawWeights.count(share, targets.size()), perTarget, weights, targets, pool);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String seed = HexFormat.of().formatHex(bytes);
        long id = store.insertPlan(path, title, matter.get(), share, perTarget, n.startsOn(), n.endsOn(),
                json.writeValueAsString(inputs), seed, InspectionDraw.commitment(seed), actor());
        audit.record(AuditEntry.created("inspection-plan", id, "双随机抽查计划 " + title + " (种子哈希已公布)",
                Map.of("count", inputs.count(), "targets", targets.size(), "inspectors", pool.size())));
        return plan(id);
    }

    /** The frozen inputs of a plan, as stored. */
    record Inputs(int count, int perTarget, DrawWeights weights, List<DrawTarget> targets,
                  List<DrawInspector> inspectors) {
    }

    /**
     * Draws a committed plan: reveals the seed, runs the draw over the frozen inputs less the entries deactivated
     * since the commit (recorded with the draw as withdrawn, so the published inputs still reproduce it), creates the
     * inspections. Refused (422) when a withdrawn inspector leaves a drawn target without enough units.
     */
    @Transactional
    public PlanDetail draw(long id) {
        String path = countyPath();
        PlanRow row = store.plan(id).filter(p -> p.regionPath().startsWith(path))
                .orElseThrow(() -> new NotFoundException("inspection-plan", id));
        if (!"COMMITTED".equals(row.plan().status())) {
            throw InvalidRequestException.rule("status", "inspection.error.drawn");
        }
        Inputs in = json.readValue(row.inputs(), Inputs.class);
        Set<Long> activeTargets = store.activeIds("ins_target", in.targets().stream().map(DrawTarget::id).toList());
        Set<Long> activeInspectors = store.activeIds("ins_inspector",
                in.inspectors().stream().map(DrawInspector::id).toList());
        List<Long> withdrawnTargets = in.targets().stream().map(DrawTarget::id)
                .filter(t -> !activeTargets.contains(t)).sorted().toList();
        List<Long> withdrawnInspectors = in.inspectors().stream().map(DrawInspector::id)
                .filter(i -> !activeInspectors.contains(i)).sorted().toList();
        List<InspectionDraw.Pick> picks;
        try {
            picks = InspectionDraw.draw(row.seed(), in.count(), in.perTarget(), in.targets().stream()
                            .filter(t -> activeTargets.contains(t.id()))
                            .map(t -> new InspectionDraw.Target(t.id(), t.companyId(), t.weight())).toList(),
                    in.inspectors().stream().filter(i -> activeInspectors.contains(i.id()))
                            .map(i -> new InspectionDraw.Inspector(i.id(), i.unit(), new HashSet<>(i.conflicts())))
                            .toList());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.rule("perTarget", "inspection.error.withdrawnInspectors");
        }
        if (!store.markDrawn(id, json.writeValueAsString(picks), withdrawnTargets, withdrawnInspectors)) {
            throw InvalidRequestException.rule("status", "inspection.error.drawn");
        }
        Map<Long, Target> directory = new java.util.HashMap<>();
        store.targets(row.regionPath(), false).forEach(t -> directory.put(t.id(), t));
        int order = 1;
        for (InspectionDraw.Pick p : picks) {
            Target t = directory.get(p.targetId());
            long inspection = store.insertInspection(id, t.id(), order++, t, store.targetEstatePath(t.id()));
            p.inspectorIds().forEach(i -> store.assign(inspection, i));
        }
        audit.record(new AuditEntry("UPDATE", "inspection-plan", String.valueOf(id), "双随机抽取 (公开种子)",
                Map.of("status", "COMMITTED"), Map.of("status", "DRAWN", "seed", row.seed()), null));
        return plan(id);
    }

    private PublishedDraw published(PlanRow row) {
        Inputs in = json.readValue(row.inputs(), Inputs.class);
        List<InspectionDraw.Pick> result = row.result() == null ? null
                : List.of(json.readValue(row.result(), InspectionDraw.Pick[].class));
        return new PublishedDraw(row.plan().id(), row.plan().seedHash(), row.plan().seed(), in.count(), in.perTarget(),
                in.weights(), in.targets(), in.inspectors(), row.withdrawnTargets(), row.withdrawnInspectors(), result);
    }

    // inspections

    /** The county and townships see their region's inspections, an inspector the ones they are drawn for. */
    public PageResult<Inspection> inspections(InspectionFilter f, PageRequest page) {
        Where scope = inspectionScope();
        LocalDate today = today();
        List<Inspection> list = store.inspections(scope, f, page, today);
        return new PageResult<>(list, store.countInspections(inspectionScope(), f, today), page.page(), page.size());
    }

    public InspectionDetail inspection(long id) {
        InspectionRow row = visible(id);
        return new InspectionDetail(row.inspection(), row.matterName(), row.checklist(), store.findings(id),
                row.inspection().status() == InspectionStatus.DRAWN && isInspectorOf(id));
    }

    /** A drawn inspector records a checklist item (404 for another inspector, 403 for other roles). */
    @Transactional
    public Finding record(long inspectionId, NewFinding n, List<Photo> photos) {
        InspectionRow row = asInspector(inspectionId);
        List<FieldError> errors = new ArrayList<>();
        String item = Checks.text(n.item(), 200, "item", true, errors);
        String description = Checks.text(n.description(), 1000, "description", false, errors);
        boolean passed = !Boolean.FALSE.equals(n.passed());
        if (n.passed() == null) {
            errors.add(new FieldError("passed", "inspection.error.required"));
        }
        LocalDate today = today();
        if (!passed) {
            if (n.severity() == null) {
                errors.add(new FieldError("severity", "inspection.error.required"));
            }
            if (n.rectifyBy() == null || n.rectifyBy().isBefore(today) || n.rectifyBy().isAfter(today.plusYears(1))) {
                errors.add(new FieldError("rectifyBy", "inspection.error.rectifyBy"));
            }
            if (description == null) {
                errors.add(new FieldError("description", "inspection.error.required"));
            }
        }
        if (n.latitude() != null && n.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || n.longitude() != null && n.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            errors.add(new FieldError("latitude", "inspection.error.location"));
        }
        for (Photo p : photos) {
            if (p.content().length > MAX_PHOTO_BYTES || p.contentType() == null || !p.contentType().startsWith("image/")) {
                errors.add(new FieldError("photo", "inspection.error.photo", MAX_PHOTO_BYTES / 1024 / 1024));
            }
        }
        Checks.throwIfAny(errors);
        if (row.inspection().status() != InspectionStatus.DRAWN) {
            throw InvalidRequestException.rule("status", "inspection.error.finished");
        }
        Inspection i = row.inspection();
        long id = store.insertFinding(new InspectionStore.NewFinding(inspectionId, item, passed,
                passed ? null : n.severity(), passed ? null : n.hazardKind() == null ? HazardKind.OTHER : n.hazardKind(),
                description, passed ? null : n.rectifyBy(), scaled(n.latitude()), scaled(n.longitude()), actor()));
        photos.forEach(p -> store.addPhoto(id, p.contentType(), p.content()));
        if (!passed) {
            hazards.insert(new HazardStore.NewHazard(n.hazardKind() == null ? HazardKind.OTHER : n.hazardKind(),
                    "FINDING", id, i.estateId(), i.estateName(), row.regionPath(), i.companyId(),
                    item + ": " + description, today, n.rectifyBy(), actor()));
        }
        audit.record(AuditEntry.created("inspection-finding", id, "抽查记录 " + i.companyName() + " " + item,
                Map.of("passed", passed)));
        return store.findings(inspectionId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** Ends an inspection (a drawn inspector or the county): reports its outcome to credit, starts the 20 days. */
    @Transactional
    public Inspection finish(long id) {
        InspectionRow row = visible(id);
        boolean county = user().role() == Role.COUNTY_AUTHORITY;
        if (!county && !isInspectorOf(id)) {
            throw new AccessDeniedException("a drawn inspector or the county");
        }
        List<Finding> findings = store.findings(id);
        if (findings.isEmpty()) {
            throw InvalidRequestException.rule("findings", "inspection.error.noFindings");
        }
        LocalDate today = today();
        if (!store.finish(id, today, PublicationDeadline.due(today, calendar.days()))) {
            throw InvalidRequestException.rule("status", "inspection.error.finished");
        }
        long problems = findings.stream().filter(f -> !f.passed()).count();
        String outcome = findings.stream().anyMatch(f -> f.severity() == Severity.SERIOUS) ? "SERIOUS"
                : problems > 0 ? "MINOR" : "CLEAN";
        Inspection i = row.inspection();
        events.publishEvent(new InspectionFindingReported(id, i.companyId(), i.projectId(), i.estateId(),
                row.regionPath(), outcome, (int) problems, today));
        audit.record(new AuditEntry("UPDATE", "inspection", String.valueOf(id), "抽查结束 " + outcome,
                Map.of("status", "DRAWN"), Map.of("status", "FINISHED"), null));
        return store.inspection(id, today).orElseThrow().inspection();
    }

    /** The county publishes a finished inspection's result on the public portal. */
    @Transactional
    public Inspection publish(long id) {
        requireCounty();
        visible(id);
        LocalDate today = today();
        if (!store.publish(id, today)) {
            throw InvalidRequestException.rule("status", "inspection.error.notFinished");
        }
        audit.record(new AuditEntry("UPDATE", "inspection", String.valueOf(id), "抽查结果公开",
                Map.of("status", "FINISHED"), Map.of("status", "PUBLISHED"), null));
        return store.inspection(id, today).orElseThrow().inspection();
    }

    /** A photo of a finding, to whoever may read the inspection. */
    public Photo photo(long inspectionId, long photoId) {
        visible(inspectionId);
        return store.photo(inspectionId, photoId).map(e -> new Photo(e.getKey(), e.getValue()))
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    // public

    /** Every plan, for anyone: committed ones show their seed hash, drawn ones their seed and result. */
    public PageResult<Plan> publicPlans(PageRequest page) {
        return new PageResult<>(store.drawnPlans(page).stream().map(PlanRow::plan).toList(), store.countAllPlans(),
                page.page(), page.size());
    }

    /** A plan for anyone: inputs, seed hash, revealed seed, result, and the findings of published inspections. */
    public PublicPlan publicPlan(long id) {
        PlanRow row = store.plan(id).orElseThrow(() -> new NotFoundException("inspection-plan", id));
        List<PublicInspection> list = store.inspectionsOfPlan(id, today()).stream()
                .map(i -> new PublicInspection(i, i.status() == InspectionStatus.PUBLISHED ? store.findings(i.id()).stream()
                        .map(f -> new Finding(f.id(), f.item(), f.passed(), f.severity(), f.hazardKind(), f.description(),
                                f.rectifyBy(), null, null, f.recordedAt(), List.of())).toList() : List.of()))
                .toList();
        return new PublicPlan(row.plan(), published(row), list);
    }

    // access

    private InspectionRow visible(long id) {
        AnjuUser u = user();
        InspectionRow row = store.inspection(id, today()).orElseThrow(() -> new NotFoundException("inspection", id));
        boolean ok = switch (u.role()) {
            case COUNTY_AUTHORITY, TOWNSHIP_OFFICE, COMMUNITY -> jurisdictions.current().regionPath() != null
                    && row.regionPath().startsWith(jurisdictions.current().regionPath());
            case DEPARTMENT -> store.isAssigned(id, u.getUsername());
            default -> throw new AccessDeniedException("inspection");
        };
        if (!ok) {
            throw new NotFoundException("inspection", id);
        }
        return row;
    }

    private InspectionRow asInspector(long id) {
        if (user().role() != Role.DEPARTMENT) {
            throw new AccessDeniedException("DEPARTMENT inspector");
        }
        return visible(id);
    }

    private boolean isInspectorOf(long id) {
        AnjuUser u = user();
        return u.role() == Role.DEPARTMENT && store.isAssigned(id, u.getUsername());
    }

    private Where inspectionScope() {
        AnjuUser u = user();
        return switch (u.role()) {
            case COUNTY_AUTHORITY, TOWNSHIP_OFFICE, COMMUNITY -> new Where().and("i.region_path like :j_path",
                    Map.of("j_path", (jurisdictions.current().regionPath() == null ? "\u0000"
                            : jurisdictions.current().regionPath()) + "%"));
            case DEPARTMENT -> new Where().and("""
                    exists (select 1 from ins_assignment a join ins_inspector x on x.id = a.inspector_id
                    where a.inspection_id = i.id and x.username = :j_user)""", Map.of("j_user", u.getUsername()));
            default -> throw new AccessDeniedException("inspection");
        };
    }

    private Optional<String> estatePath(long estateId) {
        return sources.stream().map(s -> s.estate(estateId)).flatMap(Optional::stream)
                .map(JurisdictionSource.Holdings::regionPath).findFirst();
    }

    private String countyPath() {
        requireCounty();
        String path = jurisdictions.current().regionPath();
        if (path == null) {
            throw new AccessDeniedException("COUNTY_AUTHORITY bound to a region");
        }
        return path;
    }

    private String readerPath() {
        AnjuUser u = user();
        if (u.role() != Role.COUNTY_AUTHORITY && u.role() != Role.TOWNSHIP_OFFICE && u.role() != Role.COMMUNITY
                && u.role() != Role.DEPARTMENT) {
            throw new AccessDeniedException("inspection plans");
        }
        String path = jurisdictions.current().regionPath();
        if (path == null) {
            throw new AccessDeniedException("a region");
        }
        return path;
    }

    private static void requireCounty() {
        if (user().role() != Role.COUNTY_AUTHORITY) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }

    static AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }
}
