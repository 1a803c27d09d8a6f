package org.anju.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.fund.FundView.Income;
import org.anju.fund.internal.LedgerStore;
import org.anju.fund.internal.LedgerStore.House;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the fund's opening state without a signed-in caller: for the demo data only (the demo loader is the
 * system, not a person), so it bypasses jurisdiction and is not audited. Postings go through the same balanced
 * entries as the services, and the invariant is checked after each estate.
 */
@Service
public class FundSeeds {

    private final LedgerStore ledger;
    private final FundLedger fund;
    private final FundIncome income;
    private final FundChecks checks;
    private final JdbcClient jdbc;

    FundSeeds(LedgerStore ledger, FundLedger fund, FundIncome income, FundChecks checks, JdbcClient jdbc) {
        this.ledger = ledger;
        this.fund = fund;
        this.income = income;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    /**
     * An estate's first deposits, as its developer paid them at sale filing on {@code on}: one entry per building,
     * at the county's standard, for every house built since 2008 or marked in the register as having a fund
     * account; of the houses built since 2008, those whose position in id order is a multiple of
     * {@code arrearsEvery} are left unpaid (the demo's arrears). Returns the houses deposited.
     */
    @Transactional
    public int openingDeposits(long estateId, LocalDate on, int arrearsEvery) {
        Map<Long, List<House>> byBuilding = new LinkedHashMap<>();
        int[] position = {0};
        jdbc.sql("""
                        select h.id, h.building_id, h.exclusive_area, b.has_lift,
                               coalesce(h.built_year, e.built_year, 2008) >= 2008 recent, h.has_fund_account
                        from reg_house h join reg_building b on b.id = h.building_id join reg_estate e on e.id = h.estate_id
                        where h.estate_id = ? order by h.id""").param(estateId)
                .query(rs -> {
                    boolean recent = rs.getBoolean(5);
                    if (!recent && !rs.getBoolean(6)) {
                        return;
                    }
                    if (recent && ++position[0] % arrearsEvery == 0) {
                        return;
                    }
                    House h = new House(rs.getLong(1), estateId, rs.getLong(2), rs.getBigDecimal(3), rs.getBoolean(4),
                            false, null);
                    byBuilding.computeIfAbsent(h.buildingId(), b -> new ArrayList<>()).add(h);
                });
        if (byBuilding.isEmpty()) {
            return 0;
        }
        DepositStandard standard = fund.settings().standard();
        Map<Long, Long> accounts = ledger.houseAccounts(estateId,
                byBuilding.values().stream().flatMap(List::stream).toList());
        long bank = ledger.bankAccount(estateId);
        int count = 0;
        for (var e : byBuilding.entrySet()) {
            List<Long> lineAccounts = new ArrayList<>();
            List<BigDecimal> lineAmounts = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            lineAccounts.add(bank);
            lineAmounts.add(BigDecimal.ZERO);
            for (House h : e.getValue()) {
                BigDecimal a = standard.firstDeposit(h.area(), h.lift());
                amounts.add(a);
                lineAccounts.add(accounts.get(h.id()));
                lineAmounts.add(a.negate());
                total = total.add(a);
            }
            lineAmounts.set(0, total);
            String ref = "WQ-" + on.getYear() + "-" + e.getKey();
            var id = ledger.post(estateId, "DEPOSIT", "SEED:" + e.getKey(), on, "网签备案 " + ref + " 开发企业交存", null,
                    "demo", lineAccounts, lineAmounts);
            if (id.isPresent()) {
                ledger.deposits(id.get(), e.getValue().stream().map(House::id).toList(), amounts, "FIRST",
                        "DEVELOPER", ref);
                count += e.getValue().size();
            }
        }
        checks.afterBatch(estateId);
        return count;
    }

    /** One interest allocation at the county's demand rate. */
    @Transactional
    public Income interest(long estateId, LocalDate start, LocalDate end) {
        return income.allocate(estateId, start, end, fund.settings().demandRate(), null, "demo");
    }
}
