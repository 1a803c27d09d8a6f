package org.anju.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.billing.BillingView.Batch;
import org.anju.billing.BillingView.Bill;
import org.anju.billing.BillingView.ContractItem;
import org.anju.billing.BillingView.BillDetail;
import org.anju.billing.BillingView.FeeItem;
import org.anju.billing.BillingView.Statement;
import org.anju.billing.internal.BillingStore;
import org.anju.billing.internal.BillingStore.BillFilter;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterView.House;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee items, the monthly batch and bills. Reads within the caller's jurisdiction (an owner: own houses only;
 * outside = 404); the company serving the estate sets its fee items and runs the batch (others 403); every
 * change audited. The batch is idempotent twice over: a retried run (same key) returns the first run, and
 * a new run of the same period creates no bill twice (unique house, period, fee item).
 */
@Service
@Transactional(readOnly = true)
public class Bills {

    /** A fee item as the contract sets it; validFrom is a month's first day. */
    public record NewFeeItem(Long estateId, FeeKind kind, FeeBasis basis, String name, BigDecimal unitPrice,
                             LocalDate validFrom, LocalDate validTo) {
    }

    /** A run of the batch: the estate, the month (yyyy-MM), the due date (default: the month's last day). */
    public record NewBatch(Long estateId, String period, LocalDate dueOn, String idempotencyKey) {
    }

    private final BillingStore store;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;

    Bills(BillingStore store, Jurisdictions jurisdictions, Register register, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public PageResult<FeeItem> feeItems(Long estateId, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.feeItems(j, estateId, page), store.countFeeItems(j, estateId), page.page(),
                page.size());
    }

    /**
     * The estate's fee items in force today, as the disclosure board publishes them (Henan art. 39: services,
     * standards and fees posted; rules.md §4): public, no caller checks.
     */
    public List<FeeItem> publishedFor(long estateId) {
        return store.feeItemsInForce(estateId, today());
    }

    public FeeItem feeItem(long id) {
        return store.feeItem(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("fee-item", id));
    }

    @Transactional
    public FeeItem addFeeItem(NewFeeItem n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "billing.error.estate");
        }
        register.estate(n.estateId());
        long company = Acting.company();
        long project = store.activeProject(n.estateId(), company)
                .orElseThrow(() -> new AccessDeniedException("not the estate's company"));
        List<FieldError> errors = new ArrayList<>();
        if (n.kind() == null) {
            errors.add(new FieldError("kind", "billing.error.kind"));
        }
        if (n.basis() == null) {
            errors.add(new FieldError("basis", "billing.error.basis"));
        }
        String name = n.name() == null ? "" : n.name().strip();
        if (name.isEmpty() || name.length() > 64) {
            errors.add(new FieldError("name", "billing.error.name"));
        }
        // one source of truth: once the project has contracted fee items, an item names one and takes its price
        List<ContractItem> contract = store.contractItems(project);
        ContractItem contracted = contract.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        BigDecimal price = n.unitPrice() == null && contracted != null ? contracted.unitPrice() : n.unitPrice();
        if (price == null || price.signum() <= 0 || price.compareTo(new BigDecimal("100000")) > 0
                || price.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError("unitPrice", "billing.error.unitPrice"));
        }
        if (n.validFrom() == null || n.validFrom().getDayOfMonth() != 1) {
            errors.add(new FieldError("validFrom", "billing.error.validFrom"));
        } else if (n.validTo() != null && n.validTo().isBefore(n.validFrom())) {
            errors.add(new FieldError("validTo", "billing.error.validTo"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (!contract.isEmpty() && contracted == null) {
            throw InvalidRequestException.rule("name", "billing.error.notContracted");
        }
        if (contracted != null && price.compareTo(contracted.unitPrice()) != 0) {
            throw InvalidRequestException.rule("unitPrice", "billing.error.contractPrice", contracted.unitPrice());
        }
        if (store.feeItemExists(project, name, n.validFrom())) {
            throw InvalidRequestException.rule("name", "billing.error.duplicate");
        }
        // one property fee at a time: a new price starts after the old item's end
        if (n.kind() == FeeKind.PROPERTY && store.overlaps(project, FeeKind.PROPERTY, n.validFrom(), n.validTo())) {
            throw InvalidRequestException.rule("validFrom", "billing.error.overlap");
        }
        long id = store.insertFeeItem(new BillingStore.NewFeeItem(project, n.estateId(), company, n.kind(), n.basis(),
                name, price, n.validFrom(), n.validTo(), contracted == null ? null : name));
        audit.record(AuditEntry.created("fee-item", id, "新增收费项目 " + name, n));
        return feeItem(id);
    }

    /**
     * The project's contracted fee items (market, decision 0016) become its billing fee items from a month on: an
     * item already in force at the contracted price is left alone; one at another price ends the month before and
     * a new one starts; a property fee entered before the contract ends too. Running it again creates nothing.
     * Kinds follow {@link ContractFeeKinds}.
     */
    @Transactional
    public List<FeeItem> feeItemsFromContract(Long estateId, LocalDate validFrom) {
        if (estateId == null) {
            throw InvalidRequestException.field("estateId", "billing.error.estate");
        }
        register.estate(estateId);
        long company = Acting.company();
        long project = store.activeProject(estateId, company)
                .orElseThrow(() -> new AccessDeniedException("not the estate's company"));
        LocalDate from = validFrom == null ? today().withDayOfMonth(1) : validFrom;
        if (from.getDayOfMonth() != 1 || from.getYear() < 2000 || from.getYear() > 2100) {
            throw InvalidRequestException.field("validFrom", "billing.error.validFrom");
        }
        store.lockProjectItems(project);
        List<ContractItem> contract = store.contractItems(project);
        if (contract.stream().noneMatch(c -> c.unitPrice().signum() > 0)) {
            throw InvalidRequestException.rule("estateId", "billing.error.noContract");
        }
        List<FeeItem> created = new ArrayList<>();
        for (int i = 0; i < contract.size(); i++) {
            ContractItem c = contract.get(i);
            if (c.unitPrice().signum() <= 0
                    || store.openFromContract(project, c.name(), from).stream()
                    .anyMatch(o -> o.unitPrice().compareTo(c.unitPrice()) == 0 && !o.validFrom().isAfter(from))) {
                continue;
            }
            FeeKind kind = ContractFeeKinds.kindOf(contract, i);
            for (FeeItem o : store.openFromContract(project, c.name(), from)) {
                if (!o.validFrom().isBefore(from)) {
                    throw InvalidRequestException.rule("validFrom", "billing.error.laterItem", o.validFrom());
                }
                store.endFeeItem(o.id(), from.minusDays(1));
            }
            for (long local : store.openLocal(project, kind, from)) {
                if (kind == FeeKind.PROPERTY) {
                    store.endFeeItem(local, from.minusDays(1));
                }
            }
            if (store.feeItemExists(project, c.name(), from)
                    || kind == FeeKind.PROPERTY && store.overlaps(project, FeeKind.PROPERTY, from, null)) {
                throw InvalidRequestException.rule("validFrom", "billing.error.overlap");
            }
            long id = store.insertFeeItem(new BillingStore.NewFeeItem(project, estateId, company, kind,
                    ContractFeeKinds.basisOf(kind), c.name(), c.unitPrice(), from, null, c.name()));
            audit.record(AuditEntry.created("fee-item", id, "按合同收费项目新增 " + c.name(),
                    Map.of("estateId", estateId, "unitPrice", c.unitPrice(), "validFrom", from.toString())));
            created.add(feeItem(id));
        }
        return created;
    }

    /** Rents spaces (parking) of a PER_SPACE item to a house of its estate; 0 spaces is refused. */
    @Transactional
    public FeeItem putSpaces(long feeItemId, Long houseId, Integer spaces) {
        FeeItem item = feeItem(feeItemId);
        if (Acting.company() != item.companyId()) {
            throw new AccessDeniedException("not the item's company");
        }
        if (houseId == null) {
            throw InvalidRequestException.field("houseId", "billing.error.house");
        }
        if (spaces == null || spaces < 1 || spaces > 20) {
            throw InvalidRequestException.field("spaces", "billing.error.spaces");
        }
        House house = register.house(houseId);
        if (item.basis() != FeeBasis.PER_SPACE || house.estateId() != item.estateId()) {
            throw InvalidRequestException.rule("houseId", "billing.error.spaceItem");
        }
        store.putSpaces(feeItemId, houseId, spaces);
        audit.record(new AuditEntry("UPDATE", "fee-item", String.valueOf(feeItemId), "出租车位 " + item.name(),
                null, Map.of("houseId", houseId, "spaces", spaces), null));
        return item;
    }

    /** Runs the month's batch for an estate (the company serving it); a retry with the same key is the same run. */
    @Transactional
    public Batch generate(NewBatch n) {
        String key = Acting.key(n.idempotencyKey());
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "billing.error.estate");
        }
        register.estate(n.estateId());
        long company = Acting.company();
        if (store.activeProject(n.estateId(), company).isEmpty()) {
            throw new AccessDeniedException("not the estate's company");
        }
        LocalDate period = period(n.period());
        LocalDate due = n.dueOn() == null ? YearMonth.from(period).atEndOfMonth() : n.dueOn();
        if (due.isBefore(period) || due.isAfter(period.plusMonths(3))) {
            throw InvalidRequestException.field("dueOn", "billing.error.dueOn");
        }
        var existing = store.batch(key);
        if (existing.isPresent()) {
            return replay(existing.get(), n.estateId(), period);
        }
        return store.claimBatch(key, n.estateId(), period, due, Acting.actor())
                .map(id -> {
                    int created = store.generate(id, n.estateId(), period, due);
                    Batch b = store.batch(key).orElseThrow();
                    audit.record(AuditEntry.created("bill-batch", id, "生成账单 " + n.period() + " 共 " + created + " 张",
                            Map.of("estateId", n.estateId(), "period", n.period(), "key", key)));
                    return b;
                })
                .orElseGet(() -> replay(store.batch(key).orElseThrow(), n.estateId(), period));
    }

    private static Batch replay(Batch b, long estateId, LocalDate period) {
        if (b.estateId() != estateId || !b.period().equals(period)) {
            throw InvalidRequestException.rule("idempotencyKey", "billing.error.keyReused");
        }
        return b;
    }

    /**
     * The county-wide monthly run as a system job (demo data, benchmark): every estate with a fee item in
     * force, one batch each, keyed by prefix, period and estate, so that running it again creates nothing.
     * Not reachable from the web; no caller checks.
     */
    @Transactional
    public int runMonth(YearMonth month, String keyPrefix) {
        LocalDate period = month.atDay(1);
        int created = 0;
        for (long estate : store.estatesWithFees(period)) {
            String key = keyPrefix + ":" + month + ":" + estate;
            var id = store.claimBatch(key, estate, period, month.atEndOfMonth(), "system");
            if (id.isPresent()) {
                created += store.generate(id.get(), estate, period, month.atEndOfMonth());
            }
        }
        return created;
    }

    static LocalDate period(String period) {
        try {
            YearMonth m = YearMonth.parse(period == null ? "" : period.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw InvalidRequestException.field("period", "billing.error.period");
            }
            return m.atDay(1);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field("period", "billing.error.period");
        }
    }

    public PageResult<Bill> bills(Long estateId, Long houseId, String period, BillStatus status, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        var f = new BillFilter(estateId, houseId, period == null || period.isBlank() ? null : period(period), status);
        LocalDate today = today();
        return new PageResult<>(store.bills(j, f, today, page), store.countBills(j, f, today), page.page(), page.size());
    }

    public BillDetail bill(long id) {
        Bill b = store.bill(jurisdictions.current(), id, today()).orElseThrow(() -> new NotFoundException("bill", id));
        return new BillDetail(b, store.paymentsOf(id));
    }

    /** A house's statement (404 outside the caller's jurisdiction: an owner sees only their own houses). */
    public Statement statement(long houseId) {
        House h = register.house(houseId);
        LocalDate today = today();
        List<Bill> bills = store.billsOfHouse(houseId, today);
        BigDecimal billed = bills.stream().map(Bill::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = bills.stream().map(Bill::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Statement(houseId, h.estateName() + " " + h.buildingName() + " "
                + (h.section() == null || h.section().isBlank() ? "" : h.section() + " ") + h.number(),
                billed, paid, billed.subtract(paid), store.overdue(houseId, today), bills);
    }

    /** The statements of the signed-in owner's houses (empty for any other role). */
    public List<Statement> myStatements() {
        Jurisdiction j = jurisdictions.current();
        if (j.scope() != Jurisdiction.Scope.HOUSES) {
            return List.of();
        }
        return j.houseIds().stream().sorted().map(this::statement).toList();
    }
}
