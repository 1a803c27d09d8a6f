package org.anju.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.fund.FundView.DeveloperCharge;
import org.anju.fund.FundView.Posted;
import org.anju.fund.internal.ChargeStore;
import org.anju.fund.internal.ChargeStore.ChargedHouse;
import org.anju.fund.internal.LedgerStore;
import org.anju.fund.internal.LedgerStore.Estate;
import org.anju.fund.internal.LedgerStore.House;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The developer pays for its unsold houses (Order 165 art. 21: the developer bears the unsold units' part by their
 * area; art. 12: selling units pay within 30 days; plan §18: deposits paid in full by the developer). At the point
 * the county sets (UNSOLD_CHARGE_MONTHS after the estate's first delivery; 0 = at delivery) the county charges the
 * developer the standard first deposit of every house with no owner and no first deposit; the charge is due within
 * UNSOLD_DUE_DAYS and stands in the arrears list (清缴) like an owner's; its payment is one deposit entry of the same
 * journal. Charging the same reference twice, or paying a charge twice, writes nothing new.
 */
@Service
@Transactional(readOnly = true)
public class DeveloperCharges {

    /** A charge: the estate, the day of its first delivery, and a reference (the delivery record or the date). */
    public record NewCharge(Long estateId, LocalDate deliveredOn, String reference) {
    }

    private final ChargeStore store;
    private final LedgerStore ledger;
    private final FundLedger fund;
    private final FundChecks checks;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    DeveloperCharges(ChargeStore store, LedgerStore ledger, FundLedger fund, FundChecks checks,
                     Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.fund = fund;
        this.checks = checks;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<DeveloperCharge> list(Long estateId, PageRequest page) {
        FundGuards.requireGovernment();
        var j = jurisdictions.current();
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(store.list(j, estateId, today, page), store.count(j, estateId), page.page(),
                page.size());
    }

    public DeveloperCharge get(long id) {
        FundGuards.requireGovernment();
        return store.find(jurisdictions.current(), id, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("developer-charge", id));
    }

    /** How many houses of the estate a charge would take now (no owner, no first deposit, not charged yet). */
    public int unsoldToCharge(long estateId) {
        return store.unsold(estateId).size();
    }

    /** Charges the developer for the estate's unsold houses; the same estate and reference again returns the first. */
    @Transactional
    public DeveloperCharge charge(NewCharge n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "fund.error.estate");
        }
        Estate estate = ledger.estate(jurisdictions.current(), n.estateId())
                .orElseThrow(() -> new NotFoundException("estate", n.estateId()));
        FundGuards.requireCounty();
        String ref = FundGuards.text("reference", n.reference(), 1, 64, "fund.error.filingRef");
        LocalDate today = LocalDate.now(clock);
        if (n.deliveredOn() == null || n.deliveredOn().isAfter(today)
                || n.deliveredOn().isBefore(LocalDate.of(2008, 2, 1))) {
            throw InvalidRequestException.field("deliveredOn", "fund.error.deliveredOn");
        }
        // one charge of an estate at a time: two cannot both take the same houses
        ledger.lockBank(ledger.bankAccount(estate.id()));
        var existing = store.withReference(estate.id(), ref);
        if (existing.isPresent()) {
            return store.find(jurisdictions.current(), existing.get(), today).orElseThrow();
        }
        FundSettings s = fund.settings();
        LocalDate chargeOn = n.deliveredOn().plusMonths(s.value("UNSOLD_CHARGE_MONTHS").intValue());
        if (chargeOn.isAfter(today)) {
            throw InvalidRequestException.rule("deliveredOn", "fund.error.chargeNotDue", chargeOn);
        }
        List<House> unsold = store.unsold(estate.id());
        if (unsold.isEmpty()) {
            throw InvalidRequestException.rule("estateId", "fund.error.noUnsold");
        }
        DepositStandard standard = s.standard();
        List<BigDecimal> amounts = unsold.stream().map(h -> standard.firstDeposit(h.area(), h.lift())).toList();
        BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate due = today.plusDays(s.value("UNSOLD_DUE_DAYS").intValue());
        long id = store.insert(estate.id(), ref, n.deliveredOn(), today, due, unsold.stream().map(House::id).toList(),
                amounts, total, FundGuards.actor());
        audit.record(AuditEntry.created("fund-developer-charge", id, "开发企业未售房屋维修资金 " + unsold.size() + " 户, 合计 "
                + total + " 元", Map.of("estateId", estate.id(), "reference", ref, "houses", unsold.size(),
                "total", total, "dueOn", due.toString())));
        return store.find(jurisdictions.current(), id, today).orElseThrow();
    }

    /**
     * The developer paid the charge: one DEPOSIT entry (payer DEVELOPER, kind FIRST) over the charged houses that
     * still have no first deposit. Paying again returns the first posting and writes nothing.
     */
    @Transactional
    public Posted pay(long id, LocalDate paidOn) {
        get(id);
        FundGuards.requireCounty();
        store.lock(id);
        DeveloperCharge c = get(id);
        if (c.entryId() != null) {
            return new Posted(c.entryId(), true, ledger.entryWithKey("DEVCHARGE:" + id).map(Map.Entry::getValue)
                    .orElse(c.total()));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = paidOn == null ? today : paidOn;
        if (on.isAfter(today) || on.isBefore(c.chargedOn())) {
            throw InvalidRequestException.field("paidOn", "fund.error.paidOn");
        }
        ledger.requireOpen(c.estateId(), on, "paidOn");
        List<ChargedHouse> due = store.dueHouses(id);
        if (due.isEmpty()) {
            throw InvalidRequestException.rule("id", "fund.error.allPaid");
        }
        List<House> houses = due.stream().map(h -> new House(h.houseId(), c.estateId(), h.buildingId(),
                BigDecimal.ONE, false, false, "", null)).toList();
        Map<Long, Long> accounts = ledger.houseAccounts(c.estateId(), houses);
        List<Long> lineAccounts = new ArrayList<>();
        List<BigDecimal> lineAmounts = new ArrayList<>();
        BigDecimal total = due.stream().map(ChargedHouse::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        lineAccounts.add(ledger.bankAccount(c.estateId()));
        lineAmounts.add(total);
        for (ChargedHouse h : due) {
            lineAccounts.add(accounts.get(h.houseId()));
            lineAmounts.add(h.amount().negate());
        }
        long entry = ledger.post(c.estateId(), "DEPOSIT", "DEVCHARGE:" + id, on, "开发企业交存未售房屋 " + c.reference(),
                null, FundGuards.actor(), lineAccounts, lineAmounts).orElseThrow();
        ledger.deposits(entry, due.stream().map(ChargedHouse::houseId).toList(),
                due.stream().map(ChargedHouse::amount).toList(), "FIRST", "DEVELOPER", c.reference());
        store.paid(id, entry, on);
        audit.record(new AuditEntry("PAY", "fund-developer-charge", String.valueOf(id), "开发企业交存未售房屋维修资金 "
                + total + " 元", null, Map.of("entryId", entry, "total", total, "houses", due.size()), null));
        checks.afterBatch(c.estateId());
        return new Posted(entry, false, total);
    }
}
