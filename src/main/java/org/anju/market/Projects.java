package org.anju.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.market.ProjectView.Detail;
import org.anju.market.ProjectView.FeeItem;
import org.anju.market.ProjectView.Project;
import org.anju.market.internal.ProjectStore;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service projects (物业项目), public API: one company serving one estate (the management area for now,
 * decision 0007). Reads within the caller's scope (404 outside); {@link #create} is how a project begins (a
 * tender award calls it): REGISTER_WRITE inside the estate's jurisdiction, an active company not barred, no
 * overlap with another project of the estate, and the estate's service-mode history moves to the project.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

    /** A fee item to charge, in yuan per m² per month. */
    public record Fee(String name, BigDecimal unitPrice, String note) {
    }

    /** A project to create; {@code serviceMode} null = ENTERPRISE, {@code feeRegime} null = LUMP_SUM. */
    public record NewProject(Long companyId, Long estateId, ServiceMode serviceMode, LocalDate startsOn,
                             LocalDate endsOn, String managerName, String managerPhone, FeeRegime feeRegime,
                             List<Fee> feeItems) {
    }

    /** A change: every field replaces the current one; {@code feeItems} null keeps them. */
    public record Change(ServiceMode serviceMode, LocalDate endsOn, String managerName, String managerPhone,
                         FeeRegime feeRegime, List<Fee> feeItems) {
    }

    /** The modes a company's project may have (the others have no company). */
    static final Set<ServiceMode> COMPANY_MODES = Set.of(ServiceMode.ENTERPRISE, ServiceMode.CARETAKER,
            ServiceMode.SPECIALIZED);

    private final ProjectStore store;
    private final Companies companies;
    private final ServiceModes modes;
    private final Register register;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final MarketClock clock;

    Projects(ProjectStore store, Companies companies, ServiceModes modes, Register register,
             Jurisdictions jurisdictions, AuditLog audit, MarketClock clock) {
        this.store = store;
        this.companies = companies;
        this.modes = modes;
        this.register = register;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Project> list(Long companyId, Long estateId, Long townshipId, Boolean active, PageRequest page) {
        var filter = new ProjectStore.Filter(companyId, estateId, townshipId, active, clock.today());
        var scope = companies.scope();
        return new PageResult<>(store.list(scope, filter, page), store.count(scope, filter), page.page(), page.size());
    }

    /** The project; 404 outside the caller's scope. */
    public Project get(long id) {
        return store.find(companies.scope(), id, clock.today()).orElseThrow(() -> new NotFoundException("project", id));
    }

    public List<FeeItem> feeItems(long projectId) {
        get(projectId);
        return store.feeItems(projectId);
    }

    public Detail detail(long id, List<ContractView.Contract> contracts) {
        return new Detail(get(id), store.feeItems(id), contracts);
    }

    /**
     * Whoever asks (public disclosure boards): the project serving the estate today with its fee items. These are
     * the items the company must disclose (rules.md §2, Art. 39), so they are not scoped.
     */
    public Optional<Detail> serving(long estateId) {
        return store.servingOn(estateId, clock.today()).map(p -> new Detail(p, store.feeItems(p.id()), List.of()));
    }

    /**
     * Whoever asks (credit): the project and the manager it names today, to record a credit event about the project
     * on its manager (项目经理). Company, estate and manager names are disclosed on the estate's board anyway.
     */
    public Optional<Project> unscoped(long projectId) {
        return store.findAny(projectId, clock.today());
    }

    /** Whoever asks (credit): the estate's project serving on that day, with the manager it names. */
    public Optional<Project> servingOn(long estateId, LocalDate day) {
        return store.servingOn(estateId, day);
    }

    @Transactional
    public Project create(NewProject n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "project.error.estate");
        }
        RegisterView.Estate estate = register.estate(n.estateId());
        Register.requirePermission(org.anju.identity.Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (n.companyId() == null) {
            errors.add(new FieldError("companyId", "project.error.company"));
        }
        if (n.startsOn() == null) {
            errors.add(new FieldError("startsOn", "project.error.startsOn"));
        }
        ServiceMode mode = n.serviceMode() == null ? ServiceMode.ENTERPRISE : n.serviceMode();
        ProjectStore.Fields fields = fields(mode, n.startsOn(), n.endsOn(), n.managerName(), n.managerPhone(),
                n.feeRegime(), errors);
        List<FeeItem> fees = fees(n.feeItems(), errors);
        MarketGuards.throwIfAny(errors);
        if (!companies.mayTakeProjects(n.companyId())) {
            throw InvalidRequestException.rule("companyId", "project.error.companyBarred");
        }
        store.lockEstate(n.estateId());
        if (store.overlaps(n.estateId(), n.startsOn(), n.endsOn(), 0)) {
            throw InvalidRequestException.rule("startsOn", "project.error.overlap");
        }
        long id = store.insert(n.companyId(), n.estateId(), fields);
        store.replaceFeeItems(id, fees);
        modes.recordProject(n.estateId(), estate.name(), mode, n.startsOn(), id);
        audit.record(AuditEntry.created("project", id, "登记物业项目 " + estate.name(), n));
        return get(id);
    }

    /** The township/county, or the company itself, changes manager, fees, mode or end. */
    @Transactional
    public Project update(long id, Change c) {
        Project before = get(id);
        if (!MarketGuards.canWriteRegister() && !MarketGuards.isCompany(before.companyId())) {
            throw new AccessDeniedException("REGISTER_WRITE or the company");
        }
        List<FieldError> errors = new ArrayList<>();
        ServiceMode mode = c.serviceMode() == null ? before.serviceMode() : c.serviceMode();
        ProjectStore.Fields fields = fields(mode, before.startsOn(), c.endsOn(), c.managerName(), c.managerPhone(),
                c.feeRegime() == null ? before.feeRegime() : c.feeRegime(), errors);
        List<FeeItem> fees = c.feeItems() == null ? null : fees(c.feeItems(), errors);
        MarketGuards.throwIfAny(errors);
        store.lockEstate(before.estateId());
        if (store.overlaps(before.estateId(), before.startsOn(), c.endsOn(), id)) {
            throw InvalidRequestException.rule("endsOn", "project.error.overlap");
        }
        store.update(id, fields);
        if (fees != null) {
            store.replaceFeeItems(id, fees);
        }
        LocalDate today = clock.today();
        if (mode != before.serviceMode() && before.active()) {
            modes.recordProject(before.estateId(), before.estateName(), mode, today, id);
        }
        audit.record(new AuditEntry("UPDATE", "project", String.valueOf(id), "修改物业项目 " + before.estateName(),
                before, Map.of("change", c), null));
        return get(id);
    }

    /** Whether the caller may create projects (for the pages' buttons). */
    public static boolean canCreate() {
        return MarketGuards.canWriteRegister();
    }

    private ProjectStore.Fields fields(ServiceMode mode, LocalDate startsOn, LocalDate endsOn, String manager,
                                       String phone, FeeRegime regime, List<FieldError> errors) {
        if (!COMPANY_MODES.contains(mode)) {
            errors.add(new FieldError("serviceMode", "project.error.serviceMode"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "project.error.endBeforeStart"));
        }
        if (startsOn != null && (startsOn.isBefore(LocalDate.of(1990, 1, 1))
                || startsOn.isAfter(clock.today().plusYears(2)))) {
            errors.add(new FieldError("startsOn", "project.error.startsOnRange"));
        }
        if (endsOn != null && endsOn.isAfter(LocalDate.of(2100, 1, 1))) {
            errors.add(new FieldError("endsOn", "project.error.endsOnRange"));
        }
        String m = MarketGuards.text(manager, 64, "managerName", errors);
        String p = MarketGuards.text(phone, 20, "managerPhone", errors);
        if (p != null && !p.matches("[0-9+\\- ]{5,20}")) {
            errors.add(new FieldError("managerPhone", "company.error.phone"));
        }
        return new ProjectStore.Fields(mode, startsOn, endsOn, m, p, regime == null ? FeeRegime.LUMP_SUM : regime);
    }

    /** Fee items: named once each, 0 to 1000 yuan per m² per month with at most 2 decimals; at most 30. */
    private static List<FeeItem> fees(List<Fee> items, List<FieldError> errors) {
        List<FeeItem> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        if (items.size() > 30) {
            errors.add(new FieldError("feeItems", "project.error.feeItems"));
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Fee f = items.get(i);
            String field = "feeItems[" + i + "]";
            if (f == null) {
                errors.add(new FieldError(field, "project.error.feeName"));
                continue;
            }
            String name = MarketGuards.text(f.name(), 64, field + ".name", errors);
            if (name == null || !names.add(name)) {
                errors.add(new FieldError(field + ".name", "project.error.feeName"));
            }
            BigDecimal price = f.unitPrice();
            if (price == null || price.signum() < 0 || price.compareTo(new BigDecimal("1000")) > 0
                    || price.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(field + ".unitPrice", "project.error.feePrice"));
            }
            String note = MarketGuards.text(f.note(), 200, field + ".note", errors);
            out.add(new FeeItem(0, name, price == null ? null : price.setScale(2, RoundingMode.HALF_UP), note));
        }
        return out;
    }
}
