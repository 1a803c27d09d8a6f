package org.anju.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.calendar.WorkingCalendar;
import org.anju.fund.FundView.EmergencyItem;
import org.anju.fund.FundView.Usage;
import org.anju.fund.FundView.UsageDetail;
import org.anju.fund.internal.LedgerStore;
import org.anju.fund.internal.LedgerStore.Estate;
import org.anju.fund.internal.LedgerStore.House;
import org.anju.fund.internal.UsageStore;
import org.anju.fund.internal.UsageStore.Row;
import org.anju.governance.CommitteeCoverage;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Using the fund (plan §17; Order 165 arts. 19–24; HN art. 70). An ordinary use rests on an owners' decision named
 * by {@code decisionRef}: the voting module reports carried decisions through {@link #recordDecision} (the seam: the
 * fund never reads its classes or tables), or the county records one from a paper vote's minutes. An emergency use
 * names an item of the county's emergency list and needs no vote; the committee applies, or the township where the
 * estate has no filed committee; the county decides within 3 working days (rules.md §8). Every payment and refund
 * is apportioned over the sharing houses by exclusive area, exactly ({@link Apportionment}), and no house account
 * goes below zero: the accounts are locked in id order before their balances are read.
 */
@Service
@Transactional(readOnly = true)
public class FundUsages {

    /** An application. houseIds: the houses sharing the cost (none = every house of the estate). */
    public record NewUsage(Long estateId, UsageKind kind, String title, String emergencyItem, BigDecimal budget,
                           String contractor, String decisionRef, List<Long> houseIds, String idempotencyKey) {
    }

    /** An action on a usage; which fields count depends on the action. */
    public record Act(UsageAction action, BigDecimal amount, String reason, Exclusion exclusion,
                      String idempotencyKey) {
    }

    /** An owners' decision as the voting module (or the county) reports it. */
    public record OwnersDecision(String decisionRef, long estateId, boolean carried, String summary, Long areaId,
                                 Long buildingId, String section) {

        /** An estate-wide decision. */
        public OwnersDecision(String decisionRef, long estateId, boolean carried, String summary) {
            this(decisionRef, estateId, carried, summary, null, null, null);
        }
    }

    private final UsageStore store;
    private final LedgerStore ledger;
    private final Jurisdictions jurisdictions;
    private final CommitteeCoverage committees;
    private final WorkingCalendar calendar;
    private final FundLedger fund;
    private final FundChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    FundUsages(UsageStore store, LedgerStore ledger, Jurisdictions jurisdictions, CommitteeCoverage committees,
               WorkingCalendar calendar, FundLedger fund, FundChecks checks, AuditLog audit, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.jurisdictions = jurisdictions;
        this.committees = committees;
        this.calendar = calendar;
        this.fund = fund;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    public List<EmergencyItem> emergencyItems() {
        return store.emergencyItems();
    }

    /** The county takes an item off the emergency list or puts it back (audited); the list is data, not code. */
    @Transactional
    public List<EmergencyItem> changeItem(String code, boolean active) {
        FundGuards.requireCounty();
        if (code == null || store.emergencyItems().stream().noneMatch(i -> i.code().equals(code))) {
            throw InvalidRequestException.field("code", "fund.error.emergencyItem");
        }
        store.itemActive(code, active);
        audit.record(new AuditEntry("UPDATE", "fund-emergency-item", code, (active ? "启用" : "停用") + "紧急维修事项 "
                + code, null, Map.of("active", active), null));
        return store.emergencyItems();
    }

    public PageResult<Usage> list(Long townshipId, Long estateId, UsageKind kind, UsageStatus status,
                                  PageRequest page) {
        var f = new UsageStore.Filter(townshipId, estateId, kind, status);
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, f, page).stream().map(this::view).toList(), store.count(j, f),
                page.page(), page.size());
    }

    /** Approved and completed uses of every estate, for everyone (no login): 公示 of the fund's use (Civil Code 281). */
    public PageResult<FundView.PublicUsage> announced(Long estateId, String estateName, PageRequest page) {
        return new PageResult<>(store.announced(estateId, estateName, page).stream().map(r -> new FundView.PublicUsage(
                r.id(), r.estateId(), r.estateName(), r.townshipName(), r.kind(), r.status(), r.title(),
                r.status() == UsageStatus.COMPLETED && r.finalAmount() != null ? r.finalAmount() : r.budget(),
                r.paid().subtract(r.refunded()), r.contractor(), r.decidedOn(), r.completedOn(), r.houses())).toList(),
                store.countAnnounced(estateId, estateName), page.page(), page.size());
    }

    public UsageDetail get(long id) {
        Row r = row(id);
        return new UsageDetail(view(r), store.events(id), store.shares(id));
    }

    @Transactional
    public Usage apply(NewUsage n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "fund.error.estate");
        }
        Estate estate = ledger.estate(jurisdictions.current(), n.estateId())
                .orElseThrow(() -> new NotFoundException("estate", n.estateId()));
        String applicant = applicant(estate);
        String key = FundGuards.key("idempotencyKey", n.idempotencyKey());
        var existing = store.withKey(key);
        if (existing.isPresent()) {
            return view(row(existing.get()));
        }
        if (n.kind() == null) {
            throw InvalidRequestException.field("kind", "fund.error.usageKind");
        }
        String title = FundGuards.text("title", n.title(), 2, 100, "fund.error.title");
        BigDecimal budget = FundGuards.amount("budget", n.budget());
        String contractor = FundGuards.text("contractor", n.contractor(), 0, 100, "fund.error.contractor");
        String item = null;
        String decisionRef = null;
        if (n.kind() == UsageKind.EMERGENCY) {
            item = n.emergencyItem() == null ? "" : n.emergencyItem().strip();
            if (!store.activeItem(item)) {
                throw InvalidRequestException.field("emergencyItem", "fund.error.emergencyItem");
            }
        } else {
            decisionRef = FundGuards.text("decisionRef", n.decisionRef(), 1, 100, "fund.error.decisionRef");
        }
        if (n.kind() == UsageKind.IMPROVEMENT) {
            // one improvement application of an estate at a time, so two cannot both take what is left
            ledger.lockBank(ledger.bankAccount(estate.id()));
            requireImprovementRoom(estate.id(), 0, budget);
        }
        List<House> houses = ledger.housesOfEstate(estate.id(), n.houseIds());
        Set<Long> asked = n.houseIds() == null ? Set.of() : new HashSet<>(n.houseIds());
        if (houses.isEmpty() || !asked.isEmpty() && houses.size() != asked.size()) {
            throw InvalidRequestException.field("houseIds", "fund.error.houses");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate decideBy = n.kind() == UsageKind.EMERGENCY
                ? calendar.deadline(today, fund.settings().emergencyDays()) : null;
        var id = store.insert(new UsageStore.NewRow(estate.id(), n.kind(), title, item, budget, contractor,
                decisionRef, applicant, FundGuards.actor(), today, decideBy, key));
        if (id.isEmpty()) {
            return view(row(store.withKey(key).orElseThrow()));
        }
        store.houses(id.get(), houses.stream().map(House::id).toList(), houses.stream().map(House::area).toList());
        store.event(id.get(), "APPLIED", budget, title, FundGuards.actor());
        audit.record(AuditEntry.created("fund-usage", id.get(), (n.kind() == UsageKind.EMERGENCY ? "应急使用申请 "
                : "维修资金使用申请 ") + title + " " + budget + " 元", Map.of("estateId", estate.id(), "budget", budget,
                "houses", houses.size())));
        return view(row(id.get()));
    }

    /**
     * Who applies (plan §17; 建办房〔2015〕52号): the estate's committee; the township only where the estate has no
     * filed committee; the county (Order 165 art. 24: it commissions the work when nobody repairs).
     */
    private String applicant(Estate estate) {
        Role role = FundGuards.role().orElseThrow(() -> new AccessDeniedException("APPLICANT"));
        return switch (role) {
            case OWNERS_COMMITTEE -> "COMMITTEE";
            case COUNTY_AUTHORITY -> "COUNTY";
            case TOWNSHIP_OFFICE -> {
                if (!committees.estatesWithFiledCommittee(Set.of(estate.id())).isEmpty()) {
                    throw InvalidRequestException.rule("estateId", "fund.error.hasCommittee");
                }
                yield "TOWNSHIP";
            }
            default -> throw new AccessDeniedException("APPLICANT");
        };
    }

    @Transactional
    public Usage act(long id, Act a) {
        Row r = row(id);
        if (a == null || a.action() == null) {
            throw InvalidRequestException.field("action", "fund.error.action");
        }
        if (a.action() == UsageAction.CANCEL) {
            boolean own = FundGuards.actor().equals(r.appliedBy());
            if (!own) {
                FundGuards.requireCounty();
            }
        } else {
            FundGuards.requireCounty();
        }
        store.lock(id);
        r = row(id);
        LocalDate today = LocalDate.now(clock);
        switch (a.action()) {
            case RECORD_DECISION -> {
                require(r.kind() != UsageKind.EMERGENCY && r.status() == UsageStatus.APPLIED, "fund.error.notApplied");
                String minutes = FundGuards.text("reason", a.reason(), 2, 200, "fund.error.minutes");
                if (store.decisionExists(r.decisionRef())) {
                    throw InvalidRequestException.rule("action", "fund.error.decisionKnown");
                }
                store.recordDecision(r.decisionRef(), r.estateId(), true, minutes, "MANUAL", FundGuards.actor());
                event(r, "DECISION_RECORDED", null, minutes);
            }
            case APPROVE -> {
                require(r.status() == UsageStatus.APPLIED, "fund.error.notApplied");
                if (r.kind() != UsageKind.EMERGENCY && !store.decision(r.decisionRef(), r.estateId()).orElse(false)) {
                    throw InvalidRequestException.rule("action", "fund.error.noDecision");
                }
                long outside = r.kind() == UsageKind.EMERGENCY ? 0
                        : store.housesOutsideDecision(r.id(), r.decisionRef());
                if (outside > 0) {
                    // art. 278: an area's (building's) owners decide for their own houses, not their neighbours'
                    throw InvalidRequestException.rule("houseIds", "fund.error.decisionScope", outside);
                }
                if (r.kind() == UsageKind.IMPROVEMENT) {
                    ledger.lockBank(ledger.bankAccount(r.estateId()));
                    requireImprovementRoom(r.estateId(), r.id(), r.budget());
                }
                store.update(id, "status = 'APPROVED', decided_on = :today, decided_by = :by",
                        Map.of("today", today, "by", FundGuards.actor()));
                event(r, "APPROVED", null, null);
            }
            case REJECT -> {
                require(r.status() == UsageStatus.APPLIED, "fund.error.notApplied");
                String reason = FundGuards.text("reason", a.reason(), 2, 500, "fund.error.reason");
                Map<String, Object> p = new java.util.HashMap<>();
                p.put("today", today);
                p.put("by", FundGuards.actor());
                p.put("reason", reason);
                p.put("exclusion", a.exclusion() == null ? null : a.exclusion().name());
                store.update(id, "status = 'REJECTED', decided_on = :today, decided_by = :by, reason = :reason,"
                        + " exclusion = :exclusion", p);
                event(r, "REJECTED", null, (a.exclusion() == null ? "" : a.exclusion().name() + ": ") + reason);
            }
            case PAY -> pay(r, a, today);
            case REFUND -> refund(r, a, today);
            case COMPLETE -> {
                require(r.status() == UsageStatus.APPROVED, "fund.error.notApproved");
                BigDecimal net = r.paid().subtract(r.refunded());
                require(net.signum() > 0, "fund.error.nothingPaid");
                store.update(id, "status = 'COMPLETED', final_amount = :net, completed_on = :today",
                        Map.of("net", net, "today", today));
                event(r, "COMPLETED", net, null);
            }
            case CANCEL -> {
                require(r.status() == UsageStatus.APPLIED, "fund.error.notApplied");
                store.update(id, "status = 'CANCELLED'", Map.of());
                event(r, "CANCELLED", null, a.reason());
            }
        }
        return view(row(id));
    }

    private void pay(Row r, Act a, LocalDate today) {
        require(r.status() == UsageStatus.APPROVED, "fund.error.notApproved");
        BigDecimal amount = FundGuards.amount("amount", a.amount());
        String key = "USAGE:" + r.id() + ":" + FundGuards.key("idempotencyKey", a.idempotencyKey());
        if (ledger.entryWithKey(key).isPresent()) {
            return;
        }
        if (r.paid().subtract(r.refunded()).add(amount).compareTo(r.budget()) > 0) {
            throw InvalidRequestException.rule("amount", "fund.error.overBudget", r.budget());
        }
        Map<Long, BigDecimal> houses = store.sharingHouses(r.id());
        List<Long> houseIds = new ArrayList<>(houses.keySet());
        List<BigDecimal> shares = Apportionment.split(amount, new ArrayList<>(houses.values()));
        Map<Long, Long> accounts = ledger.houseAccounts(r.estateId(), ledger.housesOfEstate(r.estateId(), houseIds));
        Map<Long, BigDecimal> balances = ledger.lockBalances(houseIds.stream().map(accounts::get).toList());
        int short_ = 0;
        List<Long> lineAccounts = new ArrayList<>();
        List<BigDecimal> lineAmounts = new ArrayList<>();
        lineAccounts.add(ledger.bankAccount(r.estateId()));
        lineAmounts.add(amount.negate());
        for (int i = 0; i < houseIds.size(); i++) {
            BigDecimal share = shares.get(i);
            long account = accounts.get(houseIds.get(i));
            if (balances.get(account).compareTo(share) < 0) {
                short_++;
            }
            if (share.signum() > 0) {
                lineAccounts.add(account);
                lineAmounts.add(share);
            }
        }
        if (short_ > 0) {
            throw InvalidRequestException.rule("amount", "fund.error.insufficient", short_);
        }
        ledger.post(r.estateId(), "USAGE", key, today, "支付 " + r.title(), r.id(), FundGuards.actor(), lineAccounts,
                lineAmounts);
        event(r, "PAID", amount, a.reason());
        checks.afterBatch(r.estateId());
    }

    private void refund(Row r, Act a, LocalDate today) {
        require(r.status() == UsageStatus.APPROVED || r.status() == UsageStatus.COMPLETED, "fund.error.notApproved");
        BigDecimal amount = FundGuards.amount("amount", a.amount());
        String key = "USAGE:" + r.id() + ":" + FundGuards.key("idempotencyKey", a.idempotencyKey());
        if (ledger.entryWithKey(key).isPresent()) {
            return;
        }
        if (amount.compareTo(r.paid().subtract(r.refunded())) > 0) {
            throw InvalidRequestException.rule("amount", "fund.error.overRefund");
        }
        Map<Long, BigDecimal> houses = store.sharingHouses(r.id());
        List<Long> houseIds = new ArrayList<>(houses.keySet());
        List<BigDecimal> shares = Apportionment.split(amount, new ArrayList<>(houses.values()));
        Map<Long, Long> accounts = ledger.houseAccounts(r.estateId(), ledger.housesOfEstate(r.estateId(), houseIds));
        List<Long> lineAccounts = new ArrayList<>();
        List<BigDecimal> lineAmounts = new ArrayList<>();
        lineAccounts.add(ledger.bankAccount(r.estateId()));
        lineAmounts.add(amount);
        for (int i = 0; i < houseIds.size(); i++) {
            if (shares.get(i).signum() > 0) {
                lineAccounts.add(accounts.get(houseIds.get(i)));
                lineAmounts.add(shares.get(i).negate());
            }
        }
        ledger.post(r.estateId(), "REFUND", key, today, "退回 " + r.title(), r.id(), FundGuards.actor(), lineAccounts,
                lineAmounts);
        if (r.status() == UsageStatus.COMPLETED) {
            store.update(r.id(), "final_amount = final_amount - :amount", Map.of("amount", amount));
        }
        event(r, "REFUNDED", amount, a.reason());
        checks.afterBatch(r.estateId());
    }

    /**
     * The seam for the voting module: it reports an owners' decision (carried or not) under the reference a usage
     * names. Recorded once; a second report of the same reference changes nothing.
     */
    @Transactional
    public void recordDecision(OwnersDecision d) {
        if (d == null || d.decisionRef() == null || d.decisionRef().isBlank() || d.decisionRef().length() > 100) {
            throw InvalidRequestException.field("decisionRef", "fund.error.decisionRef");
        }
        store.recordDecision(d.decisionRef().strip(), d.estateId(), d.areaId(), d.buildingId(),
                d.section() == null || d.section().isBlank() ? null : d.section().strip(), d.carried(),
                d.summary() == null ? null : d.summary().substring(0, Math.min(200, d.summary().length())), "VOTING",
                "voting");
    }

    /** Plan §17: an improvement use spends only what is left of the income above the demand rate. */
    private void requireImprovementRoom(long estateId, long usageId, BigDecimal budget) {
        BigDecimal[] f = store.improvementFigures(estateId, usageId);
        ImprovementRule rule = new ImprovementRule(f[0], f[1]);
        if (!rule.allows(budget)) {
            throw InvalidRequestException.rule("budget", "fund.error.improvementRoom", rule.available());
        }
    }

    /** What an estate may still spend on improvement (plan §17), within the caller's jurisdiction. */
    public BigDecimal improvementAvailable(long estateId) {
        Estate estate = ledger.estate(jurisdictions.current(), estateId)
                .orElseThrow(() -> new NotFoundException("estate", estateId));
        BigDecimal[] f = store.improvementFigures(estate.id(), 0);
        return new ImprovementRule(f[0], f[1]).available();
    }

    private void event(Row r, String action, BigDecimal amount, String note) {
        store.event(r.id(), action, amount, note, FundGuards.actor());
        audit.record(new AuditEntry(action, "fund-usage", String.valueOf(r.id()), r.title() + " " + action,
                Map.of("status", r.status()), amount == null ? Map.of() : Map.of("amount", amount), note));
    }

    private static void require(boolean ok, String messageKey) {
        if (!ok) {
            throw InvalidRequestException.rule("action", messageKey);
        }
    }

    private Row row(long id) {
        return store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("fund-usage", id));
    }

    private Usage view(Row r) {
        boolean overdue = r.status() == UsageStatus.APPLIED && r.decideBy() != null
                && r.decideBy().isBefore(LocalDate.now(clock));
        return new Usage(r.id(), r.estateId(), r.estateName(), r.townshipName(), r.kind(), r.status(), r.title(),
                r.emergencyItem(), r.budget(), r.contractor(), r.decisionRef(), r.decisionCarried(), r.applicant(),
                r.appliedBy(), r.appliedOn(), r.decideBy(), overdue, r.decidedOn(), r.exclusion(), r.reason(),
                r.paid(), r.refunded(), r.finalAmount(), r.completedOn(), r.houses());
    }
}
