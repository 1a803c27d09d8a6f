package org.anju.fund;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan §17: only income above the demand rate pays for improvement, and never more than is left of it. */
class ImprovementRuleTests {

    @Test
    void onlyThePartAboveInterestAtTheDemandRateCounts() {
        assertThat(ImprovementRule.aboveDemand(new BigDecimal("1000.00"), new BigDecimal("350.00")))
                .isEqualByComparingTo("650.00");
        assertThat(ImprovementRule.aboveDemand(new BigDecimal("300.00"), new BigDecimal("350.00")))
                .isEqualByComparingTo("0.00");
        assertThat(ImprovementRule.aboveDemand(new BigDecimal("350.00"), new BigDecimal("350.00")))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void aBudgetFitsExactlyToTheFenOfWhatIsLeft() {
        ImprovementRule rule = new ImprovementRule(new BigDecimal("650.00"), new BigDecimal("600.00"));
        assertThat(rule.available()).isEqualByComparingTo("50.00");
        assertThat(rule.allows(new BigDecimal("50.00"))).isTrue();
        assertThat(rule.allows(new BigDecimal("50.01"))).isFalse();
        assertThat(rule.allows(BigDecimal.ZERO)).isFalse();
        assertThat(new ImprovementRule(new BigDecimal("10.00"), new BigDecimal("20.00")).available())
                .isEqualByComparingTo("0.00");
    }
}
