package org.anju.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anju.billing.BillingLoads;
import org.anju.billing.CommonIncome;
import org.anju.fund.DeveloperCharges;
import org.anju.fund.FundUsages;
import org.anju.fund.FundUsages.NewUsage;
import org.anju.fund.UsageKind;
import org.anju.fund.YearStatements;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.stereotype.Component;

/**
 * The fund's second cut in the demo (issues 8 and 12): developers charged for unsold houses in 城关镇 (one paid, one
 * open), last year's statement published for yeweihui's estate (yezhu reads it on the phone), a quarter of bond
 * income above the demand rate in that estate with an improvement use applied for, and part of its common income
 * transferred into the fund by the owners' decision (by wuye). Run after the fund and fee samples.
 */
@Component
class SampleFundYear {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SampleFundYear.class);

    private final DeveloperCharges charges;
    private final YearStatements statements;
    private final FundUsages usages;
    private final CommonIncome common;
    private final BillingLoads fees;
    private final DemoSignIn signIn;
    private final Clock clock;

    SampleFundYear(DeveloperCharges charges, YearStatements statements, FundUsages usages,
                   CommonIncome common, BillingLoads fees, DemoSignIn signIn, Clock clock) {
        this.charges = charges;
        this.statements = statements;
        this.usages = usages;
        this.common = common;
        this.fees = fees;
        this.signIn = signIn;
        this.clock = clock;
    }

    void record(County county, long committeeEstate) {
        LocalDate today = LocalDate.now(clock);
        List<Long> seat = county.townships().get(0).communities().stream().flatMap(c -> c.estates().stream())
                .map(Estate::id).filter(id -> id != committeeEstate).toList();
        int charged = 0;
        // the demo loads in one transaction: a refused call would spoil it, so only estates with unsold houses
        for (long estate : seat.stream().filter(e -> charges.unsoldToCharge(e) > 0).limit(2).toList()) {
            final int n = charged;
            var c = signIn.as("county", () -> charges.charge(new DeveloperCharges.NewCharge(estate,
                    today.minusMonths(3 - n), "DEMO-JF-" + estate)));
            if (n == 0) {
                signIn.as("county", () -> charges.pay(c.id(), today));
            }
            charged++;
        }
        signIn.as("county", () -> statements.generate(committeeEstate, today.getYear() - 1));
        // SampleFund allocated a quarter at a bond's 1.5 %: what exceeds the demand rate may pay for improvement
        BigDecimal room = signIn.as("yeweihui", () -> usages.improvementAvailable(committeeEstate));
        if (room.compareTo(BigDecimal.ONE) > 0) {
            usages.recordDecision(new FundUsages.OwnersDecision("DEMO-VOTE-GATE", committeeEstate, true,
                    "增值收益用于加装智能门禁, 业主共同决定通过"));
            signIn.as("yeweihui", () -> usages.apply(new NewUsage(committeeEstate, UsageKind.IMPROVEMENT,
                    "加装智能门禁 (增值收益)", null, room.min(new BigDecimal("20000.00")), "台前县安居智能科技有限公司",
                    "DEMO-VOTE-GATE", null, "DEMO-IMPROVEMENT-GATE")));
        }
        fees.commonIncome(committeeEstate, today.withDayOfMonth(1).minusMonths(1));
        signIn.as("wuye", () -> common.transferToFund(new CommonIncome.NewTransfer(committeeEstate,
                new BigDecimal("5000.00"), "DEMO-VOTE-COMMON", "业主大会决定共有收益补充维修资金", "DEMO-COMMON-TO-FUND")));
        LOG.info("Fund demo: {} developers charged, statement {}, common income transferred", charged,
                today.getYear() - 1);
    }
}
