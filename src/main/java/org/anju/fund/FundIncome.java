package org.anju.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.fund.FundView.Income;
import org.anju.fund.internal.IncomeBatchStore;
import org.anju.fund.internal.LedgerStore;
import org.anju.fund.internal.LedgerStore.Estate;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 增值收益: an estate's interest for a period, allocated to its house accounts by balance and days
 * ({@link InterestRule}), as one entry in one transaction: fully applied or not at all. Once per estate and period
 * (the key and a unique constraint); overlapping periods are refused under the bank account's row lock.
 */
@Service
@Transactional
public class FundIncome {

    /**
     * An allocation request. total: what the bank credited, when known; if left out it is computed at ratePercent
     * (or the county's demand rate).
     */
    public record NewAllocation(Long estateId, LocalDate periodStart, LocalDate periodEnd, BigDecimal ratePercent,
                                BigDecimal total) {
    }

    private final LedgerStore store;
    private final IncomeBatchStore batchStore;
    private final Jurisdictions jurisdictions;
    private final FundLedger ledger;
    private final FundChecks checks;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FundIncome(LedgerStore store, IncomeBatchStore batchStore, Jurisdictions jurisdictions, FundLedger ledger,
               FundChecks checks, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.batchStore = batchStore;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.checks = checks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Income allocate(NewAllocation a) {
        if (a.estateId() == null) {
            throw InvalidRequestException.field("estateId", "fund.error.estate");
        }
        Estate estate = store.estate(jurisdictions.current(), a.estateId())
                .orElseThrow(() -> new NotFoundException("estate", a.estateId()));
        FundGuards.requireCounty();
        checkPeriod(a.periodStart(), a.periodEnd(), clock);
        BigDecimal rate = checkRate(a.ratePercent() == null ? ledger.settings().demandRate() : a.ratePercent());
        BigDecimal given = a.total() == null ? null : FundGuards.amount("total", a.total());
        return allocate(estate.id(), a.periodStart(), a.periodEnd(), rate, given, FundGuards.actor(), true);
    }

    /** A period to allocate: over (ends before today), at most a year and a day. */
    static void checkPeriod(LocalDate start, LocalDate end, Clock clock) {
        if (start == null) {
            throw InvalidRequestException.field("periodStart", "fund.error.periodStart");
        }
        if (end == null || end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 366) {
            throw InvalidRequestException.field("periodEnd", "fund.error.periodEnd");
        }
        if (!end.isBefore(LocalDate.now(clock))) {
            throw InvalidRequestException.rule("periodEnd", "fund.error.periodNotOver");
        }
    }

    /** An annual rate in percent: 0 to 10, at most 4 decimals (the column's scale). */
    static BigDecimal checkRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.TEN) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw InvalidRequestException.field("ratePercent", "fund.error.rate");
        }
        return rate;
    }

    /** The entry's memo, the same for a single allocation and a batch. */
    static String memo(LocalDate start, LocalDate end, BigDecimal rate) {
        return "利息 " + start + " 至 " + end + " (年利率 " + rate.stripTrailingZeros().toPlainString() + "%)";
    }

    /** The allocation itself, for a caller already checked (and the demo, which checks once at the end). */
    Income allocate(long estateId, LocalDate start, LocalDate end, BigDecimal rate, BigDecimal given, String actor,
                    boolean check) {
        long bank = store.bankAccount(estateId);
        store.lockBank(bank);
        var same = jdbc.sql("""
                        select id, rate_percent, total, entry_id from fnd_income
                        where estate_id = ? and period_start = ? and period_end = ?""")
                .params(estateId, start, end)
                .query((rs, n) -> new Income(rs.getLong(1), estateId, start, end, rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getLong(4), 0, true)).optional();
        if (same.isPresent()) {
            return same.get();
        }
        boolean overlaps = jdbc.sql("""
                        select count(*) from fnd_income
                        where estate_id = ? and period_start <= ? and period_end >= ?""")
                .params(estateId, end, start).query(Long.class).single() > 0;
        if (overlaps) {
            throw InvalidRequestException.rule("periodStart", "fund.error.periodOverlap");
        }
        // allocations go forward in time: a period before one allocated is closed (结账)
        store.requireOpen(estateId, start, "periodStart");
        IncomeBatchStore.EstateWeights[] found = new IncomeBatchStore.EstateWeights[1];
        batchStore.weights(store.regionPath(estateId), estateId, start, end, w -> found[0] = w);
        IncomeBatchStore.EstateWeights w = found[0];
        BigInteger fenDaysTotal = w == null ? BigInteger.ZERO : IncomeBatches.sum(w.fenDays());
        InterestRule rule = new InterestRule(rate);
        BigDecimal total = given != null ? given : rule.interest(fenDaysTotal);
        if (total.signum() <= 0 || fenDaysTotal.signum() <= 0) {
            throw InvalidRequestException.rule("periodEnd", "fund.error.nothingToAllocate");
        }
        long fen = total.movePointRight(2).longValueExact();
        long[] shares = InterestRule.allocateFen(fen, w.fenDays());
        // plan §17: what exceeds interest at the demand rate may later pay for improvement
        BigDecimal above = ImprovementRule.aboveDemand(total,
                new InterestRule(ledger.settings().demandRate()).interest(fenDaysTotal));
        LedgerStore.InterestPosting posting = posting(estateId, bank, fen, w.accountIds(), shares, w.closing());
        Long entry = store.postInterest(List.of(posting), start + ":" + end, end, memo(start, end, rate), actor)
                .get(estateId);
        if (entry == null) { // the key is taken, though the same period was not found under the bank's lock
            throw new IllegalStateException("interest of estate " + estateId + " for " + start + ":" + end);
        }
        long id = jdbc.sql("""
                        insert into fnd_income (estate_id, period_start, period_end, rate_percent, total, entry_id,
                                                above_demand)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, start, end, rate, total, entry, above).query(Long.class).single();
        audit.record(AuditEntry.created("fund-income", id, "分配利息 " + total + " 元 (" + posting.credited()
                + " 户)", Map.of("estateId", estateId, "periodStart", start.toString(), "periodEnd", end.toString(),
                "total", total)));
        if (check) {
            checks.afterBatch(estateId);
        }
        return new Income(id, estateId, start, end, rate, total, entry, posting.credited(), false);
    }

    /**
     * The shares as the ledger keeps them: every account with a share or a balance after it, in the weights'
     * (ascending) order, with its share and that balance.
     */
    static LedgerStore.InterestPosting posting(long estateId, long bank, long fen, long[] accountIds, long[] shares,
                                               long[] closing) {
        int n = 0;
        for (int i = 0; i < shares.length; i++) {
            n += shares[i] != 0 || closing[i] != 0 ? 1 : 0;
        }
        long[] ids = new long[n];
        long[] fens = new long[n];
        long[] balances = new long[n];
        for (int i = 0, k = 0; i < shares.length; i++) {
            if (shares[i] != 0 || closing[i] != 0) {
                ids[k] = accountIds[i];
                fens[k] = shares[i];
                balances[k++] = Math.addExact(closing[i], shares[i]);
            }
        }
        return new LedgerStore.InterestPosting(estateId, bank, fen, ids, fens, balances);
    }

    /**
     * 共有收益转入 (plan §18; rules.md §3: common-part income rolls into the fund): a transfer the billing module
     * reports, posted as one INCOME entry over the estate's houses by exclusive area (Civil Code art. 283), exactly
     * to the fen ({@link Apportionment}). Once per transfer: a second report writes nothing. No caller checks: the
     * transfer was checked and audited where it was made.
     */
    public long commonIncome(long transferId, long estateId, BigDecimal amount, String decisionRef,
                             LocalDate transferredOn) {
        String key = "COMMON:" + transferId;
        var done = store.entryWithKey(key);
        if (done.isPresent()) {
            return done.get().getKey();
        }
        List<LedgerStore.House> houses = store.housesOfEstate(estateId, null);
        if (houses.isEmpty()) {
            throw new IllegalStateException("estate " + estateId + " has no houses");
        }
        Map<Long, Long> accounts = store.houseAccounts(estateId, houses);
        List<BigDecimal> shares = Apportionment.split(amount, houses.stream().map(LedgerStore.House::area).toList());
        List<Long> lineAccounts = new ArrayList<>();
        List<BigDecimal> lineAmounts = new ArrayList<>();
        lineAccounts.add(store.bankAccount(estateId));
        lineAmounts.add(amount);
        for (int i = 0; i < houses.size(); i++) {
            if (shares.get(i).signum() > 0) {
                lineAccounts.add(accounts.get(houses.get(i).id()));
                lineAmounts.add(shares.get(i).negate());
            }
        }
        // a transfer dated in a closed period (结账) is booked on the first open day
        LocalDate bookedOn = store.closedUntil(estateId).filter(closed -> !transferredOn.isAfter(closed))
                .map(closed -> closed.plusDays(1)).orElse(transferredOn);
        var entry = store.post(estateId, "INCOME", key, bookedOn, "共有收益转入 (" + decisionRef + ")", null,
                "billing", lineAccounts, lineAmounts);
        if (entry.isEmpty()) {
            return store.entryWithKey(key).orElseThrow().getKey();
        }
        jdbc.sql("""
                        insert into fnd_common_income (transfer_ref, estate_id, amount, decision_ref, entry_id)
                        values (?, ?, ?, ?, ?)""")
                .params(String.valueOf(transferId), estateId, amount, decisionRef, entry.get()).update();
        audit.record(AuditEntry.created("fund-common-income", entry.get(), "共有收益转入维修资金 " + amount + " 元",
                Map.of("estateId", estateId, "transferId", transferId, "decisionRef", decisionRef)));
        checks.afterBatch(estateId);
        return entry.get();
    }
}
