package org.anju.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Interest at the demand rate (增值收益, rules.md §3 "Returns": interest rolls back into the fund), shared pro rata
 * by balance and days. The bank counts a day's interest as the annual rate over {@value #DAYS_A_YEAR} (the PBoC
 * convention 日利率 = 年利率 ÷ 360); the period's interest is the sum of each day's closing balance times the day
 * rate, rounded half up to the fen once, for the whole estate (as the bank credits it); that total is then split over
 * the houses by their balance-days with {@link Apportionment}'s largest-remainder rule, so the houses' shares add up
 * to exactly what the bank account receives.
 *
 * @param ratePercent the annual demand rate in percent, e.g. 0.35
 */
public record InterestRule(BigDecimal ratePercent) {

    public static final int DAYS_A_YEAR = 360;

    public InterestRule {
        if (ratePercent == null || ratePercent.signum() < 0) {
            throw new IllegalArgumentException("rate must be ≥ 0");
        }
    }

    /** The interest, in yuan, on a total of balance × days counted in fen-days. */
    public BigDecimal interest(BigInteger fenDays) {
        return new BigDecimal(fenDays).multiply(ratePercent)
                .divide(BigDecimal.valueOf(100L * DAYS_A_YEAR * 100L), 2, RoundingMode.HALF_UP);
    }

    /** The same in fens. */
    public long interestFen(BigInteger fenDays) {
        return interest(fenDays).movePointRight(2).longValueExact();
    }

    /** Each account's share of {@code fen}, in fens, by its fen-days: the same rule as {@link #allocate}. */
    public static long[] allocateFen(long fen, long[] fenDays) {
        return Apportionment.splitFen(fen, fenDays);
    }

    /** Each account's share of {@code total}, by its fen-days (zero balance all period: nothing). */
    public static List<BigDecimal> allocate(BigDecimal total, List<BigInteger> fenDays) {
        return Apportionment.split(total, fenDays.stream().map(BigDecimal::new).toList());
    }
}
