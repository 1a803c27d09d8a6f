package org.anju.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.anju.fund.FundView.IncomeBatch;
import org.anju.fund.internal.IncomeBatchStore;
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

    /** A batch request; rate: the annual rate in percent, the county's demand rate when left out. */
    public record NewBatch(LocalDate periodStart, LocalDate periodEnd, BigDecimal ratePercent) {
    }

    private final IncomeBatchStore store;
    private final Jurisdictions jurisdictions;
    private final FundLedger ledger;
    private final FundChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    IncomeBatches(IncomeBatchStore store, Jurisdictions jurisdictions, FundLedger ledger, FundChecks checks,
                  AuditLog audit, Clock clock) {
        this.store = store;
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
        IncomeBatchStore.Written written = store.allocate(id, regionPath, start, end, rate,
                ledger.settings().demandRate(), FundIncome.memo(start, end, rate), actor);
        boolean ok = !check || checks.afterBatch(regionPath, label).ok();
        store.closeBatch(id, standing, written, ok);
        audit.record(AuditEntry.created("fund-income-batch", id, "批量分配利息 " + written.total() + " 元 ("
                + written.estates() + " 个小区, " + written.accounts() + " 户)", Map.of("periodStart", start.toString(),
                "periodEnd", end.toString(), "ratePercent", rate, "estates", written.estates(),
                "total", written.total())));
        return store.batch(id);
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
