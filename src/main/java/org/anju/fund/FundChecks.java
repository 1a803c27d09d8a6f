package org.anju.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anju.fund.FundView.Alert;
import org.anju.fund.FundView.Check;
import org.anju.fund.internal.CheckStore;
import org.anju.fund.internal.CheckStore.EstateFigures;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's invariant (issue 8): for every estate, the house accounts' total = the bank account's balance = the
 * journal's own total (deposits + income + refunds − usages, from the amounts written at posting), and every entry
 * balanced. Run after every batch (inside the batch's transaction) and on demand; each difference raises an alert,
 * kept open until a later check finds the estate in order.
 */
@Service
@Transactional
public class FundChecks {

    private final CheckStore store;
    private final Jurisdictions jurisdictions;

    FundChecks(CheckStore store, Jurisdictions jurisdictions) {
        this.store = store;
        this.jurisdictions = jurisdictions;
    }

    /** On demand, over the caller's jurisdiction (county, township, community). */
    public Check run() {
        FundGuards.requireGovernment();
        Jurisdiction j = jurisdictions.current();
        return run("DEMAND", j, null, j.label());
    }

    /** After a batch: the estate it touched. */
    Check afterBatch(long estateId) {
        return run("BATCH", Jurisdiction.region("/", "batch"), estateId, "estate " + estateId);
    }

    /** After a batch over a region: every estate in it. */
    Check afterBatch(String regionPath, String label) {
        return run("BATCH", Jurisdiction.region(regionPath, label), null, label);
    }

    /** Over every estate, without a caller (the demo's seeds). */
    Check afterAll() {
        return run("BATCH", Jurisdiction.region("/", "all"), null, "all");
    }

    @Transactional(readOnly = true)
    public PageResult<Alert> openAlerts(PageRequest page) {
        FundGuards.requireGovernment();
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.openAlerts(j, page), store.countOpenAlerts(j), page.page(), page.size());
    }

    private Check run(String trigger, Jurisdiction j, Long estateId, String scope) {
        List<EstateFigures> figures = store.figures(j, estateId);
        BigDecimal houses = BigDecimal.ZERO.setScale(2);
        BigDecimal bank = BigDecimal.ZERO.setScale(2);
        BigDecimal journal = BigDecimal.ZERO.setScale(2);
        int unbalanced = 0;
        List<String> differences = new ArrayList<>();
        for (EstateFigures f : figures) {
            houses = houses.add(f.houses());
            bank = bank.add(f.bank());
            journal = journal.add(f.journal());
            unbalanced += (int) f.unbalanced();
            if (!f.ok()) {
                differences.add(message(f));
            }
        }
        boolean ok = differences.isEmpty();
        long id = store.insertCheck(trigger, scope.length() > 500 ? scope.substring(0, 500) : scope, houses, bank,
                journal, unbalanced, ok);
        for (EstateFigures f : figures) {
            if (f.ok()) {
                store.resolve(f.estateId());
            } else {
                store.alert(id, f, message(f));
            }
        }
        return new Check(id, trigger, houses, bank, journal, unbalanced, ok, java.time.Instant.now(), differences);
    }

    private static String message(EstateFigures f) {
        return f.estateName() + ": 分户账合计 " + f.houses() + ", 专户余额 " + f.bank() + ", 日记账合计 "
                + f.journal() + (f.unbalanced() > 0 ? ", 不平衡凭证 " + f.unbalanced() + " 笔" : "");
    }
}
