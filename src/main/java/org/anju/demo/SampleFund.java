package org.anju.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.anju.fund.FundIncome;
import org.anju.fund.FundLedger;
import org.anju.fund.FundSeeds;
import org.anju.fund.FundUsages;
import org.anju.fund.FundUsages.Act;
import org.anju.fund.FundUsages.NewUsage;
import org.anju.fund.IncomeBatches;
import org.anju.fund.FundView.Account;
import org.anju.fund.UsageAction;
import org.anju.fund.UsageKind;
import org.anju.governance.CommitteeCoverage;
import org.anju.platform.PageRequest;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * The maintenance fund of 台前县: first deposits of every estate (developers at sale filing, a few houses left in
 * arrears), the last quarter's interest in two communities of 城关镇 (the bank settles on the 20th of March, June, September and December), and
 * in 城关镇: one emergency use done and published (lift, applied by the township for an estate without a committee),
 * one emergency application awaiting the county, one roof repair that left a building due to top up, and an
 * ordinary use of yeweihui's estate waiting for its owners' decision. The uses go through the services as the demo
 * accounts (county, chengguan, yeweihui), so they are audited like any other.
 */
@Component
class SampleFund {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SampleFund.class);

    private final FundSeeds seeds;
    private final FundUsages usages;
    private final FundLedger ledger;
    private final IncomeBatches batches;
    private final FundIncome income;
    private final CommitteeCoverage coverage;
    private final DemoSignIn signIn;
    private final Clock clock;

    SampleFund(FundSeeds seeds, FundUsages usages, FundLedger ledger, IncomeBatches batches, FundIncome income,
               CommitteeCoverage coverage, DemoSignIn signIn, Clock clock) {
        this.batches = batches;
        this.income = income;
        this.seeds = seeds;
        this.usages = usages;
        this.ledger = ledger;
        this.coverage = coverage;
        this.signIn = signIn;
        this.clock = clock;
    }

    void record(County county, long committeeEstate, long seed) {
        long begin = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed * 7_919L + 17);
        LocalDate today = LocalDate.now(clock);
        LocalDate settled = lastSettlement(today);
        LocalDate start = lastSettlement(settled).plusDays(1);
        List<FundSeeds.EstatePlan> plans = new ArrayList<>();
        for (Township t : county.townships()) {
            for (Estate e : t.communities().stream().flatMap(c -> c.estates().stream()).toList()) {
                LocalDate on = LocalDate.of(Math.max(2008, e.builtYear() + 1), 1 + random.nextInt(12), 15);
                on = on.isBefore(LocalDate.of(2008, 2, 1)) ? LocalDate.of(2008, 2, 1) : on;
                on = on.isAfter(start.minusDays(30)) ? start.minusDays(30 + random.nextInt(200)) : on;
                plans.add(new FundSeeds.EstatePlan(e.id(), on, 250 + random.nextInt(150)));
            }
        }
        seeds.analyzeRegister();
        List<Long> funded = seeds.openingDeposits(plans);
        seeds.analyzeLedger();
        LOG.info("Fund: deposits {} ms", (System.nanoTime() - begin) / 1_000_000);
        long t0 = System.nanoTime();
        // the committee's estate: a quarter earlier at a bond's 1.5 %, so that what exceeds the demand rate may pay for
        // improvement (SampleFundYear); allocations go forward in time (closed periods), so this one comes first
        if (funded.contains(committeeEstate)) {
            LocalDate bondEnd = lastSettlement(start.minusDays(1));
            as("county", () -> income.allocate(new FundIncome.NewAllocation(committeeEstate,
                    lastSettlement(bondEnd).plusDays(1), bondEnd, new BigDecimal("1.5"), null)));
        }
        // the quarter before for the whole county at once, as the county runs it on the deposits page (批量结息)
        LocalDate batchEnd = start.minusDays(1);
        as("county", () -> batches.allocate(new IncomeBatches.NewBatch(lastSettlement(batchEnd).plusDays(1), batchEnd,
                null)));
        // the last quarter's interest for the estates of the county seat's first two communities (yeweihui's and
        // yezhu's among them); the others' is left for the county to allocate on the deposits page
        county.townships().get(0).communities().stream().limit(2).flatMap(c -> c.estates().stream())
                .map(Estate::id).filter(funded::contains).forEach(id -> seeds.interest(id, start, settled));
        long t1 = System.nanoTime();
        Township seat = county.townships().get(0);
        List<Long> seatEstates = seat.communities().stream().flatMap(c -> c.estates().stream()).map(Estate::id)
                .filter(funded::contains).filter(id -> id != committeeEstate).toList();
        Set<Long> withCommittee = coverage.estatesWithFiledCommittee(seatEstates);
        List<Long> noCommittee = seatEstates.stream().filter(id -> !withCommittee.contains(id)).toList();
        if (noCommittee.size() < 3) {
            return;
        }
        long t2 = System.nanoTime();
        long lift = noCommittee.get(0);
        as("chengguan", () -> usages.apply(new NewUsage(lift, UsageKind.EMERGENCY, "电梯曳引机故障停运抢修", "LIFT",
                budget(lift, new BigDecimal("0.15")), "濮阳市安达电梯工程有限公司", null, firstBuilding(lift),
                "DEMO-EMERGENCY-LIFT")));
        long liftUsage = usageWithTitle(lift, "电梯曳引机故障停运抢修");
        as("county", () -> {
            usages.act(liftUsage, new Act(UsageAction.APPROVE, null, null, null, null));
            BigDecimal budget = usages.get(liftUsage).usage().budget();
            BigDecimal first = budget.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN);
            usages.act(liftUsage, new Act(UsageAction.PAY, first, "预付 60%", null, "DEMO-PAY-1"));
            usages.act(liftUsage, new Act(UsageAction.PAY, budget.subtract(first), "验收后付清", null, "DEMO-PAY-2"));
            return usages.act(liftUsage, new Act(UsageAction.COMPLETE, null, null, null, null));
        });
        long leak = noCommittee.get(1);
        as("chengguan", () -> usages.apply(new NewUsage(leak, UsageKind.EMERGENCY, "屋面防水层破损渗漏抢修", "LEAK",
                new BigDecimal("12800.00"), null, null, firstBuilding(leak), "DEMO-EMERGENCY-LEAK")));
        long roof = noCommittee.get(2);
        usages.recordDecision(new FundUsages.OwnersDecision("DEMO-VOTE-ROOF", roof, true, "屋面整体翻修, 双三分之二通过"));
        as("county", () -> {
            var u = usages.apply(new NewUsage(roof, UsageKind.ORDINARY, "屋面整体翻修", null,
                    budget(roof, new BigDecimal("0.72")), "台前县宏达建筑工程有限公司", "DEMO-VOTE-ROOF",
                    firstBuilding(roof), "DEMO-ORDINARY-ROOF"));
            usages.act(u.id(), new Act(UsageAction.APPROVE, null, null, null, null));
            usages.act(u.id(), new Act(UsageAction.PAY, u.budget(), null, null, "DEMO-PAY-ROOF"));
            return usages.act(u.id(), new Act(UsageAction.COMPLETE, null, null, null, null));
        });
        if (funded.contains(committeeEstate)) {
            as("yeweihui", () -> usages.apply(new NewUsage(committeeEstate, UsageKind.ORDINARY, "外墙瓷砖脱落隐患整治",
                    null, new BigDecimal("86000.00"), null, "DEMO-VOTE-FACADE", null, "DEMO-ORDINARY-FACADE")));
        }
        boolean ok = seeds.check();
        LOG.info("Fund: {} estates funded, interest {} ms, uses {} ms, check {}", funded.size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000, ok ? "ok" : "FAILED");
    }

    /** The bank's last quarterly interest settlement (the 20th of Mar, Jun, Sep, Dec) before the day. */
    static LocalDate lastSettlement(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!(d.getDayOfMonth() == 20 && d.getMonthValue() % 3 == 0)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The houses with a balance in the estate's first building (by name), as the county sees them. */
    private List<Long> firstBuilding(long estate) {
        List<Account> list = firstBuildingAccounts(estate);
        return list.stream().map(Account::houseId).toList();
    }

    private List<Account> firstBuildingAccounts(long estate) {
        return as("county", () -> {
            List<Account> all = ledger.accounts(null, null, estate, null, null, new PageRequest(0, 100)).content()
                    .stream().filter(a -> a.balance().signum() > 0).toList();
            String building = all.get(0).building();
            return all.stream().filter(a -> a.building().equals(building)).toList();
        });
    }

    /** A share of the first building's balance, in whole yuan. */
    private BigDecimal budget(long estate, BigDecimal share) {
        BigDecimal sum = firstBuildingAccounts(estate).stream().map(Account::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.multiply(share).setScale(0, RoundingMode.DOWN).setScale(2);
    }

    private long usageWithTitle(long estate, String title) {
        return as("county", () -> usages.list(null, estate, UsageKind.EMERGENCY, null, new PageRequest(0, 10))
                .content().stream().filter(u -> u.title().equals(title)).findFirst().orElseThrow().id());
    }

    private <T> T as(String username, Supplier<T> work) {
        return signIn.as(username, work);
    }
}
