package org.anju.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remainder rule of {@link Apportionment}, walked at its edges. */
class ApportionmentTests {

    private static List<BigDecimal> yuan(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void oneYuanOverThreeEqualHousesGivesTheSpareFenToTheFirst() {
        assertThat(Apportionment.split(new BigDecimal("1.00"), yuan("90", "90", "90")))
                .containsExactlyElementsOf(yuan("0.34", "0.33", "0.33"));
    }

    @Test
    void theSpareFensGoToTheLargestRemaindersThenTheLargerWeight() {
        // exact 0.625 and 0.375 of 1.00 → 0.62 + 0.37 = 0.99; remainders tie (.5 each) → the larger weight first
        assertThat(Apportionment.split(new BigDecimal("1.00"), yuan("62.5", "37.5")))
                .containsExactlyElementsOf(yuan("0.63", "0.37"));
        // exact shares, no remainder at all
        assertThat(Apportionment.split(new BigDecimal("10.00"), yuan("1", "1", "1", "7")))
                .containsExactlyElementsOf(yuan("1.00", "1.00", "1.00", "7.00"));
        // 0.10 over 33.33, 33.33, 33.34: exact .03333, .03333, .03334 → the fen left goes to the third
        assertThat(Apportionment.split(new BigDecimal("0.10"), yuan("33.33", "33.33", "33.34")))
                .containsExactlyElementsOf(yuan("0.03", "0.03", "0.04"));
    }

    @Test
    void aZeroWeightGetsNothingEvenWhenFensAreLeftOver() {
        assertThat(Apportionment.split(new BigDecimal("0.05"), yuan("0", "1", "1", "0", "1")))
                .containsExactlyElementsOf(yuan("0.00", "0.02", "0.02", "0.00", "0.01"));
    }

    @Test
    void lessThanAFenPerHouseStillSumsExactlyEarliestHousesFirst() {
        List<BigDecimal> areas = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            areas.add(new BigDecimal("88.50"));
        }
        assertThat(Apportionment.split(new BigDecimal("0.03"), areas))
                .containsExactlyElementsOf(yuan("0.01", "0.01", "0.01", "0.00", "0.00", "0.00", "0.00"));
    }

    @Test
    void zeroTotalIsZeroEverywhereAndBadInputIsRefused() {
        assertThat(Apportionment.split(BigDecimal.ZERO, yuan("0", "0"))).containsExactlyElementsOf(yuan("0.00", "0.00"));
        assertThatThrownBy(() -> Apportionment.split(new BigDecimal("1.00"), yuan("0", "0")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.split(new BigDecimal("1.005"), yuan("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.split(new BigDecimal("1.00"), yuan("-1", "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenThousandRandomHousesSumToTheTotalWithinAFenOfTheirExactShare() {
        SplittableRandom random = new SplittableRandom(8);
        List<BigDecimal> areas = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            areas.add(BigDecimal.valueOf(3000 + random.nextInt(15000), 2));
        }
        BigDecimal total = new BigDecimal("1234567.89");
        // its time is bench/fund-apportionment-benchmark.sh's, not a test's
        List<BigDecimal> shares = Apportionment.split(total, areas);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        BigDecimal sum = areas.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < areas.size(); i++) {
            BigDecimal exact = total.multiply(areas.get(i)).divide(sum, 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(shares.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Test
    void hugeWeightsBeyondLongArithmeticFollowTheSameRule() {
        BigInteger big = BigInteger.TEN.pow(30);
        assertThat(Apportionment.splitFen(BigInteger.valueOf(100), List.of(big, big.multiply(BigInteger.TWO))))
                .containsExactly(BigInteger.valueOf(33), BigInteger.valueOf(67));
        assertThat(Apportionment.splitFen(BigInteger.valueOf(1), List.of(big, big)))
                .containsExactly(BigInteger.ONE, BigInteger.ZERO);
    }

    @Test
    void theIntegerSplitGivesTheSpareFenToTheLargerRemainder() {
        assertThat(Apportionment.splitFen(BigInteger.valueOf(100), List.of(BigInteger.ONE, BigInteger.TWO)))
                .containsExactly(BigInteger.valueOf(33), BigInteger.valueOf(67));
    }
}
