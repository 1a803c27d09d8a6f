package org.anju.stats;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a measured value becomes points: full marks at the target, proportional short of it, never above the weight. */
class ScoreRuleTests {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void exactlyAtTheTargetGivesFullMarks() {
        assertThat(ScoreRule.AT_LEAST.points(d("90"), d("90"), d("20"))).isEqualByComparingTo("20.00");
        assertThat(ScoreRule.AT_MOST.points(d("5"), d("5"), d("10"))).isEqualByComparingTo("10.00");
    }

    @Test
    void aboveTheTargetStillGivesOnlyTheWeight() {
        assertThat(ScoreRule.AT_LEAST.points(d("100"), d("50"), d("40"))).isEqualByComparingTo("40.00");
    }

    @Test
    void shortOfTheTargetGivesTheProportionRoundedHalfUp() {
        // 33.33 of 50 over 40 points: 26.664 → 26.66
        assertThat(ScoreRule.AT_LEAST.points(d("33.33"), d("50"), d("40"))).isEqualByComparingTo("26.66");
        // 89.99 of 90 over 10: 9.99888… → 10.00 but the share is below one, so never more than the weight
        assertThat(ScoreRule.AT_LEAST.points(d("89.99"), d("90"), d("10"))).isEqualByComparingTo("10.00");
        assertThat(ScoreRule.AT_LEAST.points(d("0"), d("90"), d("10"))).isEqualByComparingTo("0.00");
    }

    @Test
    void lowerIsBetterGivesTargetOverValueAboveTheTarget() {
        // 8 overdue where 4 are allowed: half the weight
        assertThat(ScoreRule.AT_MOST.points(d("8"), d("4"), d("10"))).isEqualByComparingTo("5.00");
        assertThat(ScoreRule.AT_MOST.points(d("0"), d("4"), d("10"))).isEqualByComparingTo("10.00");
    }
}
