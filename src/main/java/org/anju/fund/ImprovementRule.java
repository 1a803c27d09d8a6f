package org.anju.fund;

import java.math.BigDecimal;

/**
 * Plan §17: the fund's value-added income beyond interest at the bank's demand (活期) rate may pay for property
 * improvement and residents' services. rules.md §3: income rolls back into the fund unless the owners decide
 * otherwise, so an improvement use rests on a carried owners' decision. What an estate may spend: the income it
 * received above the demand rate, less what improvement uses already hold (their budget while open, what was paid
 * once completed).
 *
 * @param aboveDemand the estate's income above the demand rate, all allocations so far
 * @param committed   what its improvement uses hold
 */
public record ImprovementRule(BigDecimal aboveDemand, BigDecimal committed) {

    /** The part of an allocation above the demand rate: its total less interest at the demand rate, never negative. */
    public static BigDecimal aboveDemand(BigDecimal total, BigDecimal atDemandRate) {
        BigDecimal above = total.subtract(atDemandRate);
        return above.signum() > 0 ? above.setScale(2) : BigDecimal.ZERO.setScale(2);
    }

    /** What is left to spend on improvement. */
    public BigDecimal available() {
        BigDecimal left = aboveDemand.subtract(committed);
        return left.signum() > 0 ? left.setScale(2) : BigDecimal.ZERO.setScale(2);
    }

    /** Whether a use of this budget fits in what is left. */
    public boolean allows(BigDecimal budget) {
        return budget.signum() > 0 && budget.compareTo(available()) <= 0;
    }
}
