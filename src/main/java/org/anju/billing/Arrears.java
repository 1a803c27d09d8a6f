package org.anju.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.billing.BillingView.ArrearsCase;
import org.anju.billing.BillingView.ArrearsFile;
import org.anju.billing.BillingView.ArrearsStep;
import org.anju.billing.BillingView.WilfulRecord;
import org.anju.billing.internal.ArrearsStore;
import org.anju.billing.internal.BillingStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterView.House;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrears handled by the rules (Civil Code art. 944, rules.md §1): the company records dated steps from the
 * closed list {@link ArrearsMeasure} in the order {@link ArrearsPolicy} sets; after a lapsed written reminder
 * the owners' committee may record the owner as wilfully in arrears (恶意欠费) with its evidence; the owner
 * objects; the township upholds or revokes. The county's list of upheld records is what may be shared with
 * the credit system (rules.md §5). Reads within the jurisdiction (an owner: own houses), 404 outside.
 */
@Service
@Transactional(readOnly = true)
public class Arrears {

    /** A step to record; deadline only for a written reminder; takenOn defaults to today. */
    public record NewStep(ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline, String note) {
    }

    private final ArrearsStore store;
    private final BillingStore bills;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;
    private final BillingSettings settings;

    Arrears(ArrearsStore store, BillingStore bills, Jurisdictions jurisdictions, Register register, AuditLog audit,
            Clock clock, BillingSettings settings) {
        this.settings = settings;
        this.store = store;
        this.bills = bills;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public PageResult<ArrearsCase> cases(Long estateId, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        LocalDate today = today();
        return new PageResult<>(store.cases(j, estateId, today, page), store.countCases(j, estateId, today),
                page.page(), page.size());
    }

    /** A house's arrears file (404 outside the jurisdiction). */
    public ArrearsFile file(long houseId) {
        House h = register.house(houseId);
        return new ArrearsFile(houseId, label(h), bills.overdue(houseId, today()), store.steps(houseId),
                store.wilfulOfHouse(houseId));
    }

    /** The company serving the estate records a step; the policy decides whether it may be taken now. */
    @Transactional
    public ArrearsStep takeStep(long houseId, NewStep n) {
        House h = register.house(houseId);
        long company = Acting.company();
        if (bills.activeProject(h.estateId(), company).isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("not the estate's company");
        }
        if (n.measure() == null) {
            throw InvalidRequestException.field("measure", "arrears.error.measure");
        }
        String note = Acting.text("note", n.note(), 0, 500, "arrears.error.note");
        LocalDate today = today();
        LocalDate takenOn = n.takenOn() == null ? today : n.takenOn();
        BigDecimal overdue = bills.overdue(houseId, today);
        List<ArrearsPolicy.Step> earlier = store.steps(houseId).stream()
                .map(s -> new ArrearsPolicy.Step(s.measure(), s.takenOn(), s.deadline())).toList();
        ArrearsPolicy.check(n.measure(), takenOn, n.deadline(), today, overdue, earlier, settings.limits()).ifPresent(e -> {
            throw new InvalidRequestException(422, "error.rule", List.of(e));
        });
        long id = store.insertStep(houseId, h.estateId(), n.measure(), takenOn, n.deadline(), overdue, note,
                Acting.actor());
        Map<String, Object> after = new HashMap<>();
        after.put("measure", n.measure());
        after.put("takenOn", takenOn);
        after.put("deadline", n.deadline());
        after.put("amountDue", overdue);
        audit.record(AuditEntry.created("arrears-step", id, "欠费催缴 " + n.measure() + " (房屋 " + houseId + ")", after));
        return store.steps(houseId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** The owners' committee records wilful arrears, with evidence, after a lapsed written reminder. */
    @Transactional
    public WilfulRecord recordWilful(long houseId, String evidence) {
        House h = register.house(houseId);
        Acting.require(Role.OWNERS_COMMITTEE);
        String text = Acting.text("evidence", evidence, 10, 2000, "arrears.error.evidence");
        LocalDate today = today();
        BigDecimal overdue = bills.overdue(houseId, today);
        if (overdue.signum() <= 0) {
            throw InvalidRequestException.rule("houseId", "arrears.error.nothingOverdue");
        }
        List<ArrearsPolicy.Step> earlier = store.steps(houseId).stream()
                .map(s -> new ArrearsPolicy.Step(s.measure(), s.takenOn(), s.deadline())).toList();
        if (!ArrearsPolicy.lapsedReminder(today, earlier)) {
            throw InvalidRequestException.rule("houseId", "arrears.error.reminderFirst");
        }
        if (store.openWilful(houseId)) {
            throw InvalidRequestException.rule("houseId", "arrears.error.wilfulOpen");
        }
        long id = store.insertWilful(houseId, h.estateId(), overdue, text, today, Acting.actor());
        audit.record(AuditEntry.created("wilful-arrears", id, "记录恶意欠费 (房屋 " + houseId + ")",
                Map.of("houseId", houseId, "amountDue", overdue)));
        return wilful(id);
    }

    public PageResult<WilfulRecord> wilfulList(Long estateId, WilfulStatus status, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.wilful(j, estateId, status, page), store.countWilful(j, estateId, status),
                page.page(), page.size());
    }

    public WilfulRecord wilful(long id) {
        return store.wilful(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("wilful-arrears", id));
    }

    /** The owner of the house objects (an owner sees only own houses, so another's record is 404). */
    @Transactional
    public WilfulRecord object(long id, String objection) {
        WilfulRecord w = wilful(id);
        Acting.require(Role.OWNER);
        String text = Acting.text("objection", objection, 5, 1000, "arrears.error.objection");
        if (w.status() != WilfulStatus.RECORDED && w.status() != WilfulStatus.UPHELD) {
            throw InvalidRequestException.rule("status", "arrears.error.notObjectable");
        }
        store.object(id, text, today());
        audit.record(new AuditEntry("OBJECT", "wilful-arrears", String.valueOf(id), "业主对恶意欠费记录提出异议",
                Map.of("status", w.status()), Map.of("status", WilfulStatus.OBJECTED), text));
        return wilful(id);
    }

    /** The township decides an objection: uphold or revoke, with a reason. */
    @Transactional
    public WilfulRecord decide(long id, Boolean uphold, String reason) {
        WilfulRecord w = wilful(id);
        Acting.requireTownship();
        if (uphold == null) {
            throw InvalidRequestException.field("uphold", "arrears.error.uphold");
        }
        String why = Acting.text("reason", reason, 2, 500, "arrears.error.reason");
        if (w.status() != WilfulStatus.OBJECTED) {
            throw InvalidRequestException.rule("status", "arrears.error.notObjected");
        }
        WilfulStatus to = uphold ? WilfulStatus.UPHELD : WilfulStatus.REVOKED;
        store.decide(id, to, why, today());
        audit.record(new AuditEntry("DECIDE", "wilful-arrears", String.valueOf(id), "异议处理: " + to,
                Map.of("status", w.status()), Map.of("status", to), why));
        return wilful(id);
    }

    static String label(House h) {
        return h.estateName() + " " + h.buildingName() + " "
                + (h.section() == null || h.section().isBlank() ? "" : h.section() + " ") + h.number();
    }
}
