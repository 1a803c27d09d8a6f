package org.anju.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anju.billing.BillingLoads;
import org.anju.billing.Bills;
import org.anju.lifeservice.LifeLoads;
import org.anju.market.Companies;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.stereotype.Component;

/**
 * Fees and life services of 台前县 (issue 12): the contracted fee items of every project as its billing items, a
 * property fee per m² for projects without them (older estates cheaper, as the fee guidance grades them), last month's bills mostly paid and the rest in arrears, this month's bills
 * partly paid (none in the demo committee's estate, so yezhu has bills to pay), written reminders in that
 * estate, its common-income account, the standard catalogue in 城关镇's project estates, and bookings.
 */
@Component
class SampleLife {

    private final Bills bills;
    private final BillingLoads fees;
    private final LifeLoads life;
    private final Clock clock;

    SampleLife(Bills bills, BillingLoads fees, LifeLoads life, Clock clock) {
        this.bills = bills;
        this.fees = fees;
        this.life = life;
        this.clock = clock;
    }

    void load(County county, SampleMarket.Market market, long committeeEstate, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 17L + county.id());
        Map<Long, Estate> estates = new HashMap<>();
        county.townships().forEach(t -> t.communities().forEach(c -> c.estates().forEach(e -> estates.put(e.id(), e))));
        Map<Long, BigDecimal> prices = new HashMap<>();
        for (Companies.NewProject p : market.projects()) {
            Estate e = estates.get(p.estateId());
            // yuan per m² per month: 0.40-0.70 for legacy estates, 0.80-1.30 for newer ones
            int fen = e != null && e.legacy() ? 40 + 5 * random.nextInt(7) : 80 + 5 * random.nextInt(11);
            prices.put(p.estateId(), BigDecimal.valueOf(fen, 2));
        }
        YearMonth now = YearMonth.now(clock);
        LocalDate today = LocalDate.now(clock);
        // the contracts' fee items first (one source of truth); estates whose project has none get a property fee
        fees.contractFees(now.minusMonths(12));
        fees.propertyFees(prices, now.minusMonths(12));
        bills.runMonth(now.minusMonths(1), "demo");
        bills.runMonth(now, "demo");
        fees.settle(county.path(), now.minusMonths(1), 82, seed, null, now.minusMonths(1).atDay(20));
        fees.settle(county.path(), now, 35, seed, committeeEstate, today);
        fees.remind(committeeEstate, 5, today.minusDays(3));
        fees.commonIncome(committeeEstate, today.withDayOfMonth(1));
        List<Long> seatEstates = county.townships().get(0).communities().stream()
                .flatMap(c -> c.estates().stream()).map(Estate::id).filter(prices::containsKey).toList();
        life.catalogue(seatEstates);
        Estate demo = estates.get(committeeEstate);
        if (demo != null && demo.ownerOfTwoHouses() != null) {
            life.bookings(committeeEstate, demo.ownerOfTwoHouses(), clock.instant());
        }
    }
}
