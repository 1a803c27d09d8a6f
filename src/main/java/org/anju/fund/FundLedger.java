package org.anju.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.fund.FundView.Account;
import org.anju.fund.FundView.Arrear;
import org.anju.fund.FundView.Entry;
import org.anju.fund.FundView.EstateSummary;
import org.anju.fund.FundView.Posted;
import org.anju.fund.FundView.Statement;
import org.anju.fund.internal.LedgerStore;
import org.anju.fund.internal.LedgerStore.AccountFilter;
import org.anju.fund.internal.LedgerStore.House;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's accounts and deposits: reads within the caller's jurisdiction (an owner: their houses; outside = 404),
 * deposits posted by the county only (403), each posting idempotent by its key, each batch followed by the
 * invariant check, every change audited.
 */
@Service
@Transactional(readOnly = true)
public class FundLedger {

    /**
     * A deposit (交存). amount may be left out for a first deposit: it then follows the county's standard, or, for
     * sold public housing (publicPrice given), 2 % of the cost price (payer OWNER) or the seller's 20 %/30 % of the
     * sale price (payer SELLER).
     */
    public record NewDeposit(Long houseId, BigDecimal amount, DepositKind kind, Payer payer, LocalDate paidOn,
                             String filingRef, String idempotencyKey, BigDecimal publicPrice) {

        public NewDeposit(Long houseId, BigDecimal amount, DepositKind kind, Payer payer, LocalDate paidOn,
                          String filingRef, String idempotencyKey) {
            this(houseId, amount, kind, payer, paidOn, filingRef, idempotencyKey, null);
        }
    }

    private final LedgerStore store;
    private final Jurisdictions jurisdictions;
    private final FundChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    FundLedger(LedgerStore store, Jurisdictions jurisdictions, FundChecks checks, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    public FundSettings settings() {
        return new FundSettings(store.settings());
    }

    public PageResult<Account> accounts(Long townshipId, Long communityId, Long estateId, Boolean topUpOnly,
                                        String sort, PageRequest page) {
        return accounts(townshipId, communityId, estateId, null, topUpOnly, sort, page);
    }

    /** The same, narrowed to one management area of an estate (the accounts are grouped by area and building). */
    public PageResult<Account> accounts(Long townshipId, Long communityId, Long estateId, Long areaId,
                                        Boolean topUpOnly, String sort, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        var f = new AccountFilter(townshipId, communityId, estateId, areaId, topUpOnly, sort);
        BigDecimal pct = settings().topUpPercent();
        return new PageResult<>(store.accounts(j, f, pct, page), store.countAccounts(j, f, pct), page.page(),
                page.size());
    }

    /** One house's account and its movements; 404 outside the jurisdiction or without an account. */
    public Statement statement(long houseId, PageRequest page) {
        Account a = store.account(jurisdictions.current(), houseId, settings().topUpPercent())
                .orElseThrow(() -> new NotFoundException("fund-account", houseId));
        return new Statement(a, store.movements(a.accountId(), page), store.countMovements(a.accountId()),
                page.page(), page.size());
    }

    /** The signed-in owner's house accounts. */
    public List<Account> mine() {
        Jurisdiction j = jurisdictions.current();
        if (j.scope() != Jurisdiction.Scope.HOUSES) {
            return List.of();
        }
        return store.accounts(j, new AccountFilter(null, null, null, null, null, null), settings().topUpPercent(),
                new PageRequest(0, PageRequest.MAX_SIZE));
    }

    public PageResult<EstateSummary> estates(Long townshipId, PageRequest page) {
        FundGuards.requireGovernment();
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.estates(j, townshipId, settings().topUpPercent(), page),
                store.countEstates(j, townshipId), page.page(), page.size());
    }

    public PageResult<Entry> journal(Long estateId, String kind, PageRequest page) {
        FundGuards.requireGovernment();
        Jurisdiction j = jurisdictions.current();
        String k = kind == null || kind.isBlank() ? null : kind.strip();
        if (k != null && !Set.of("DEPOSIT", "INCOME", "USAGE", "REFUND").contains(k)) {
            throw InvalidRequestException.field("kind", "fund.error.entryKind");
        }
        return new PageResult<>(store.journal(j, estateId, k, page), store.countJournal(j, estateId, k), page.page(),
                page.size());
    }

    public PageResult<Arrear> arrears(Long townshipId, Long estateId, PageRequest page) {
        FundGuards.requireGovernment();
        Jurisdiction j = jurisdictions.current();
        DepositStandard s = settings().standard();
        return new PageResult<>(store.arrears(j, townshipId, estateId, s.withLift(), s.withoutLift(), LocalDate.now(clock), page),
                store.countArrears(j, townshipId, estateId), page.page(), page.size());
    }

    /**
     * Posts one deposit: the bank account is debited, the house account credited. The same key again returns the
     * first posting and writes nothing. A second first deposit of a house is refused (422).
     */
    @Transactional
    public Posted deposit(NewDeposit d) {
        if (d.houseId() == null) {
            throw InvalidRequestException.field("houseId", "fund.error.house");
        }
        String key = "DEPOSIT:" + FundGuards.key("idempotencyKey", d.idempotencyKey());
        House h = store.house(jurisdictions.current(), d.houseId())
                .orElseThrow(() -> new NotFoundException("house", d.houseId()));
        FundGuards.requireCounty();
        var existing = store.entryWithKey(key);
        if (existing.isPresent()) {
            return new Posted(existing.get().getKey(), true, existing.get().getValue());
        }
        if (d.kind() == null) {
            throw InvalidRequestException.field("kind", "fund.error.depositKind");
        }
        Payer payer = d.payer() == null ? (h.owned() ? Payer.OWNER : Payer.DEVELOPER) : d.payer();
        BigDecimal amount = d.amount() == null && d.kind() == DepositKind.FIRST
                ? standardAmount(h, payer, d.publicPrice()) : FundGuards.amount("amount", d.amount());
        LocalDate today = LocalDate.now(clock);
        LocalDate paidOn = d.paidOn() == null ? today : d.paidOn();
        if (paidOn.isAfter(today) || paidOn.isBefore(LocalDate.of(2008, 2, 1))) {
            throw InvalidRequestException.field("paidOn", "fund.error.paidOn");
        }
        store.requireOpen(h.estateId(), paidOn, "paidOn");
        String filing = FundGuards.text("filingRef", d.filingRef(), 0, 64, "fund.error.filingRef");
        boolean hasFirst = !store.withFirstDeposit(List.of(h.id())).isEmpty();
        // one first deposit a house, but sold public housing has two: the owner's and the seller's (art. 8)
        boolean publicPair = d.publicPrice() != null && payer != Payer.DEVELOPER
                && !store.hasFirstDeposit(h.id(), payer.name());
        if (d.kind() == DepositKind.FIRST && hasFirst && !publicPair) {
            throw InvalidRequestException.rule("kind", "fund.error.firstTwice");
        }
        if (d.kind() == DepositKind.TOP_UP && !hasFirst) {
            throw InvalidRequestException.rule("kind", "fund.error.topUpFirst");
        }
        long account = store.houseAccount(h);
        long bank = store.bankAccount(h.estateId());
        var id = store.post(h.estateId(), "DEPOSIT", key, paidOn, d.kind() == DepositKind.FIRST ? "首次交存" : "续筹",
                null, FundGuards.actor(), List.of(bank, account), List.of(amount, amount.negate()));
        if (id.isEmpty()) {
            // a concurrent request with the same key won the insert
            var other = store.entryWithKey(key).orElseThrow();
            return new Posted(other.getKey(), true, other.getValue());
        }
        store.deposits(id.get(), List.of(h.id()), List.of(amount), d.kind().name(), payer.name(), filing);
        audit.record(AuditEntry.created("fund-deposit", id.get(), "交存维修资金 " + amount + " 元 (房屋 " + h.id() + ")",
                Map.of("houseId", h.id(), "amount", amount, "kind", d.kind(), "payer", payer)));
        checks.afterBatch(h.estateId());
        return new Posted(id.get(), false, amount);
    }

    private BigDecimal standardAmount(House h, Payer payer, BigDecimal publicPrice) {
        DepositStandard s = settings().standard();
        if (publicPrice == null) {
            return s.firstDeposit(h.area(), h.lift());
        }
        BigDecimal price = FundGuards.amount("publicPrice", publicPrice);
        return switch (payer) {
            case OWNER -> s.publicHousingDeposit(price);
            case SELLER -> s.sellerShare(price, h.floors());
            case DEVELOPER -> throw InvalidRequestException.field("payer", "fund.error.publicPayer");
        };
    }

    /**
     * 网签备案: the developer's first deposits for every house of a building that has none, at the county's
     * standard, as one entry. Running the same filing again (same building and reference) writes nothing.
     */
    @Transactional
    public Posted fileSale(Long buildingId, String filingRef) {
        if (buildingId == null) {
            throw InvalidRequestException.field("buildingId", "fund.error.building");
        }
        String ref = FundGuards.text("filingRef", filingRef, 1, 64, "fund.error.filingRef");
        List<House> houses = store.housesOfBuilding(jurisdictions.current(), buildingId);
        if (houses.isEmpty()) {
            throw new NotFoundException("building", buildingId);
        }
        FundGuards.requireCounty();
        String key = "SALE:" + buildingId + ":" + ref;
        var existing = store.entryWithKey(key);
        if (existing.isPresent()) {
            return new Posted(existing.get().getKey(), true, existing.get().getValue());
        }
        Set<Long> paid = new HashSet<>(store.withFirstDeposit(houses.stream().map(House::id).toList()));
        List<House> due = houses.stream().filter(h -> !paid.contains(h.id())).toList();
        if (due.isEmpty()) {
            throw InvalidRequestException.rule("buildingId", "fund.error.allPaid");
        }
        long estateId = due.get(0).estateId();
        DepositStandard s = settings().standard();
        Map<Long, Long> accounts = store.houseAccounts(estateId, due);
        long bank = store.bankAccount(estateId);
        List<Long> lineAccounts = new ArrayList<>();
        List<BigDecimal> lineAmounts = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (House h : due) {
            BigDecimal a = s.firstDeposit(h.area(), h.lift());
            amounts.add(a);
            lineAccounts.add(accounts.get(h.id()));
            lineAmounts.add(a.negate());
            total = total.add(a);
        }
        lineAccounts.add(0, bank);
        lineAmounts.add(0, total);
        long id = store.post(estateId, "DEPOSIT", key, LocalDate.now(clock), "网签备案 " + ref + " 开发企业交存", null,
                FundGuards.actor(), lineAccounts, lineAmounts).orElseThrow();
        store.deposits(id, due.stream().map(House::id).toList(), amounts, "FIRST", "DEVELOPER", ref);
        audit.record(AuditEntry.created("fund-deposit", id, "网签备案交存 " + due.size() + " 户, 合计 " + total + " 元",
                Map.of("buildingId", buildingId, "filingRef", ref, "houses", due.size(), "total", total)));
        checks.afterBatch(estateId);
        return new Posted(id, false, total);
    }

    /** 过户: the account stays with the house and its balance passes to the buyer (HN art. 68); recorded, no money moves. */
    @Transactional
    public Account transfer(long houseId, String note) {
        Account a = store.account(jurisdictions.current(), houseId, settings().topUpPercent())
                .orElseThrow(() -> new NotFoundException("fund-account", houseId));
        FundGuards.requireCounty();
        String n = FundGuards.text("note", note, 2, 200, "fund.error.note");
        store.transfer(houseId, LocalDate.now(clock), a.balance(), n, FundGuards.actor());
        audit.record(new AuditEntry("TRANSFER", "fund-account", String.valueOf(houseId), "过户, 维修资金余额 "
                + a.balance() + " 元随房转移", null, Map.of("balance", a.balance()), n));
        return a;
    }

    /** Changes one of the county's numbers: the county authority only, audited; the value is no longer a default. */
    @Transactional
    public FundSettings changeSetting(String name, BigDecimal value) {
        FundGuards.requireCounty();
        FundSettings before = settings();
        if (name == null || !before.asMap().containsKey(name)) {
            throw InvalidRequestException.field("name", "fund.error.setting");
        }
        if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("10000")) > 0
                || value.stripTrailingZeros().scale() > 4) {
            throw InvalidRequestException.field("value", "fund.error.settingValue");
        }
        store.setting(name, value, FundGuards.actor());
        audit.record(new AuditEntry("UPDATE", "fund-setting", name, "修改维修资金参数 " + name,
                Map.of(name, before.value(name)), Map.of(name, value), null));
        return settings();
    }

    static boolean isOwner() {
        return FundGuards.role().filter(r -> r == Role.OWNER).isPresent();
    }
}
