package org.anju.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a measured value becomes points of an indicator whose weight is its full marks (plan 保障措施(二): the
 * county sets the indicators; the rule is the county's, kept small so a township can check its own points).
 * Points have 2 places, HALF_UP, and never exceed the weight.
 */
public enum ScoreRule {
    /** Higher is better: at or above the target full marks, below it weight × value ÷ target. */
    AT_LEAST,
    /** Lower is better (e.g. overdue cases): at or below the target full marks, above it weight × target ÷ value. */
    AT_MOST;

    /** The points for a value against the target, out of the weight. */
    public BigDecimal points(BigDecimal value, BigDecimal target, BigDecimal weight) {
        BigDecimal full = weight.setScale(2, RoundingMode.HALF_UP);
        if (value.signum() < 0) {
            value = BigDecimal.ZERO;
        }
        boolean met = this == AT_LEAST ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
        if (met) {
            return full;
        }
        BigDecimal share = this == AT_LEAST
                ? value.divide(target, 10, RoundingMode.HALF_UP)
                : target.divide(value, 10, RoundingMode.HALF_UP);
        return weight.multiply(share).setScale(2, RoundingMode.HALF_UP).min(full);
    }
}
