package org.anju.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Interest at the demand rate on balance-days (360-day year), and its exact allocation. */
class InterestRuleTests {

    private static final InterestRule DEMAND = new InterestRule(new BigDecimal("0.35"));

    private static BigInteger fenDays(String yuan, int days) {
        return new BigDecimal(yuan).movePointRight(2).toBigIntegerExact().multiply(BigInteger.valueOf(days));
    }

    @Test
    void tenThousandYuanForAYearOfThreeHundredSixtyDaysEarnsThirtyFiveYuan() {
        assertThat(DEMAND.interest(fenDays("10000.00", 360))).isEqualByComparingTo("35.00");
    }

    @Test
    void theTotalIsRoundedHalfUpToTheFenOnce() {
        // 1 000 yuan × 1 day × 0.35 % / 360 = 0.009722… → 0.01
        assertThat(DEMAND.interest(fenDays("1000.00", 1))).isEqualByComparingTo("0.01");
        // 100 yuan × 1 day: 0.000972… → 0.00
        assertThat(DEMAND.interest(fenDays("100.00", 1))).isEqualByComparingTo("0.00");
    }

    @Test
    void aHouseWithTwiceTheBalanceForHalfTheDaysGetsTheSameShare() {
        List<BigDecimal> shares = InterestRule.allocate(new BigDecimal("10.01"),
                List.of(fenDays("2000.00", 45), fenDays("1000.00", 90), fenDays("0.00", 90)));
        assertThat(shares).containsExactly(new BigDecimal("5.01"), new BigDecimal("5.00"), new BigDecimal("0.00"));
    }

    @Test
    void theHousesSharesAddUpToTheBanksInterestToTheFen() {
        List<BigInteger> weights = List.of(fenDays("1234.56", 91), fenDays("7.89", 91), fenDays("45000.00", 30),
                fenDays("0.01", 1));
        BigDecimal total = DEMAND.interest(weights.stream().reduce(BigInteger.ZERO, BigInteger::add));
        List<BigDecimal> shares = InterestRule.allocate(total, weights);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
    }

    @Test
    void topUpIsDueBelowThirtyPercentNotAtIt() {
        TopUpRule rule = new TopUpRule(new BigDecimal("30"));
        assertThat(rule.needsTopUp(new BigDecimal("2999.99"), new BigDecimal("10000.00"))).isTrue();
        assertThat(rule.needsTopUp(new BigDecimal("3000.00"), new BigDecimal("10000.00"))).isFalse();
        assertThat(rule.needsTopUp(BigDecimal.ZERO, null)).isFalse();
    }

    @Test
    void theFirstDepositIsAreaTimesTheRateOfItsLiftAndPublicHousingPaysItsShares() {
        DepositStandard s = new DepositStandard(new BigDecimal("80"), new BigDecimal("50"), new BigDecimal("2"),
                new BigDecimal("20"), new BigDecimal("30"));
        assertThat(s.firstDeposit(new BigDecimal("89.37"), true)).isEqualByComparingTo("7149.60");
        assertThat(s.firstDeposit(new BigDecimal("89.37"), false)).isEqualByComparingTo("4468.50");
        assertThat(s.publicHousingDeposit(new BigDecimal("123456.78"))).isEqualByComparingTo("2469.14");
        assertThat(s.sellerShare(new BigDecimal("50000.00"), 6)).isEqualByComparingTo("10000.00");
        assertThat(s.sellerShare(new BigDecimal("50000.00"), 9)).isEqualByComparingTo("10000.00");
        assertThat(s.sellerShare(new BigDecimal("50000.00"), 10)).isEqualByComparingTo("15000.00");
    }
}
