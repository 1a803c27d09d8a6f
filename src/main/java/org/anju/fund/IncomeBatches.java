package org.anju.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.fund.FundView.IncomeBatch;
import org.anju.fund.internal.IncomeBatchStore;
import org.anju.fund.internal.LedgerStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量结息: the county allocates one period's interest to every funded estate it holds, as one batch that is fully
 * applied or not at all (issue 8). Each estate gets what {@link FundIncome} would give it alone (the same
 * {@link InterestRule}, the same remainder rule, the same idempotency key), so an estate already allocated for the
 * period is left as it is and a second run of the batch allocates nothing again. An estate another allocation
 * overlaps is left out and counted. The invariant check over the county runs inside the batch's transaction.
 */
@Service
@Transactional
public class IncomeBatches {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IncomeBatches.class);

    /** A batch request; rate: the annual rate in percent, the county's demand rate when left out. */
    public record NewBatch(LocalDate periodStart, LocalDate periodEnd, BigDecimal ratePercent) {
    }

    private final IncomeBatchStore store;
    private final LedgerStore ledgerStore;
    private final Jurisdictions jurisdictions;
    private final FundLedger ledger;
    private final FundChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    IncomeBatches(IncomeBatchStore store, LedgerStore ledgerStore, Jurisdictions jurisdictions, FundLedger ledger, FundChecks checks,
                  AuditLog audit, Clock clock) {
        this.store = store;
        this.ledgerStore = ledgerStore;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    public IncomeBatch allocate(NewBatch b) {
        FundGuards.requireCounty();
        Jurisdiction j = jurisdictions.current();
        FundIncome.checkPeriod(b.periodStart(), b.periodEnd(), clock);
        BigDecimal rate = FundIncome.checkRate(b.ratePercent() == null ? ledger.settings().demandRate()
                : b.ratePercent());
        return allocate(j.regionPath(), j.label(), b.periodStart(), b.periodEnd(), rate, FundGuards.actor(), true);
    }

    /** The batch itself, for a checked caller (and the benchmark, which times the check apart). */
    IncomeBatch allocate(String regionPath, String label, LocalDate start, LocalDate end, BigDecimal rate,
                         String actor, boolean check) {
        store.lockBanks(regionPath);
        IncomeBatchStore.Standing standing = store.standing(regionPath, start, end);
        long id = store.openBatch(regionPath, label, start, end, rate, actor);
        IncomeBatchStore.Written written = write(id, regionPath, start, end, rate, actor);
        boolean ok = !check || checks.afterBatch(regionPath, label).ok();
        store.closeBatch(id, standing, written, ok);
        audit.record(AuditEntry.created("fund-income-batch", id, "批量分配利息 " + written.total() + " 元 ("
                + written.estates() + " 个小区, " + written.accounts() + " 户)", Map.of("periodStart", start.toString(),
                "periodEnd", end.toString(), "ratePercent", rate, "estates", written.estates(),
                "total", written.total())));
        return store.batch(id);
    }

    /**
     * Every estate's interest: its total at {@code rate} on its balance-days, rounded half up to the fen once
     * ({@link InterestRule}), shared by largest remainder ({@link Apportionment}); estates whose interest rounds to
     * nothing are left out and counted. Then every entry, share and income row in a few statements.
     */
    private IncomeBatchStore.Written write(long batchId, String regionPath, LocalDate start, LocalDate end,
                                           BigDecimal rate, String actor) {
        InterestRule rule = new InterestRule(rate);
        InterestRule demand = new InterestRule(ledger.settings().demandRate());
        List<LedgerStore.InterestPosting> postings = new ArrayList<>();
        Map<Long, Long> aboveDemand = new HashMap<>();
        int[] nothing = {0};
        long t0 = System.nanoTime();
        store.weights(regionPath, null, start, end, w -> {
            BigInteger fenDays = sum(w.fenDays());
            long fen = fenDays.signum() > 0 ? rule.interestFen(fenDays) : 0;
            if (fen <= 0) {
                nothing[0]++;
                return;
            }
            postings.add(FundIncome.posting(w.estateId(), w.bankAccountId(), fen, w.accountIds(),
                    InterestRule.allocateFen(fen, w.fenDays()), w.closing()));
            aboveDemand.put(w.estateId(), Math.max(0, fen - demand.interestFen(fenDays)));
        });
        long t1 = System.nanoTime();
        Map<Long, Long> entries = ledgerStore.postInterest(postings, start + ":" + end, end,
                FundIncome.memo(start, end, rate), actor);
        List<IncomeBatchStore.EstateIncome> incomes = new ArrayList<>();
        long total = 0;
        int accounts = 0;
        for (LedgerStore.InterestPosting p : postings) {
            Long entry = entries.get(p.estateId());
            if (entry != null) {
                incomes.add(new IncomeBatchStore.EstateIncome(p.estateId(), entry, p.fen(),
                        aboveDemand.get(p.estateId())));
                total += p.fen();
                accounts += p.credited();
            }
        }
        store.incomes(batchId, start, end, rate, incomes);
        log.info("Interest batch {}: {} estates, {} accounts; balance-days and shares {} ms, posting {} ms", batchId,
                incomes.size(), accounts, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return new IncomeBatchStore.Written(incomes.size(), accounts, BigDecimal.valueOf(total, 2), nothing[0]);
    }

    /** Σ fen-days: a long sum while it fits, carried into BigInteger before it would not. */
    static BigInteger sum(long[] fenDays) {
        BigInteger total = BigInteger.ZERO;
        long partial = 0;
        for (long d : fenDays) {
            if (d < 0 ? partial < Long.MIN_VALUE - d : partial > Long.MAX_VALUE - d) {
                total = total.add(BigInteger.valueOf(partial));
                partial = 0;
            }
            partial += d;
        }
        return total.add(BigInteger.valueOf(partial));
    }

    @Transactional(readOnly = true)
    public PageResult<IncomeBatch> batches(PageRequest page) {
        FundGuards.requireGovernment();
        Jurisdiction j = jurisdictions.current();
        if (j.scope() != Jurisdiction.Scope.REGION) {
            return new PageResult<>(java.util.List.of(), 0, page.page(), page.size());
        }
        return new PageResult<>(store.batches(j.regionPath(), page), store.countBatches(j.regionPath()), page.page(),
                page.size());
    }
}
