package org.anju.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anju.billing.ArrearsPolicy.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of the arrears steps (Civil Code art. 944) and the amount rule, at their edges. */
class ArrearsPolicyTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final BigDecimal OWED = new BigDecimal("100.00");

    @Test
    void aReminderNeedsAtLeastFifteenDaysAndAtMostNinety() {
        assertThat(ArrearsPolicy.check(ArrearsMeasure.WRITTEN_REMINDER, DAY, DAY.plusDays(14), DAY, OWED, List.of()))
                .get().extracting(e -> e.field()).isEqualTo("deadline");
        assertThat(ArrearsPolicy.check(ArrearsMeasure.WRITTEN_REMINDER, DAY, DAY.plusDays(15), DAY, OWED, List.of()))
                .isEmpty();
        assertThat(ArrearsPolicy.check(ArrearsMeasure.WRITTEN_REMINDER, DAY, DAY.plusDays(90), DAY, OWED, List.of()))
                .isEmpty();
        assertThat(ArrearsPolicy.check(ArrearsMeasure.WRITTEN_REMINDER, DAY, DAY.plusDays(91), DAY, OWED, List.of()))
                .isPresent();
    }

    @Test
    void aFurtherMeasureWaitsUntilTheDayAfterTheReminderDeadline() {
        List<Step> reminder = List.of(new Step(ArrearsMeasure.WRITTEN_REMINDER, DAY.minusDays(15), DAY));
        assertThat(ArrearsPolicy.check(ArrearsMeasure.LAWSUIT, DAY, null, DAY, OWED, reminder)).isPresent();
        assertThat(ArrearsPolicy.check(ArrearsMeasure.LAWSUIT, DAY.plusDays(1), null, DAY.plusDays(1), OWED, reminder))
                .isEmpty();
        assertThat(ArrearsPolicy.check(ArrearsMeasure.LAWSUIT, DAY, null, DAY, OWED, List.of())).isPresent();
    }

    @Test
    void nothingMayBeTakenWithoutArrearsOrInTheFuture() {
        assertThat(ArrearsPolicy.check(ArrearsMeasure.WRITTEN_REMINDER, DAY, DAY.plusDays(20), DAY, BigDecimal.ZERO,
                List.of())).isPresent();
        assertThat(ArrearsPolicy.check(ArrearsMeasure.WRITTEN_REMINDER, DAY.plusDays(1), DAY.plusDays(20), DAY, OWED,
                List.of())).get().extracting(e -> e.field()).isEqualTo("takenOn");
    }

    @Test
    void billAmountsRoundHalfUpToTheFen() {
        assertThat(FeeRule.amount(new BigDecimal("88.88"), new BigDecimal("0.85"))).isEqualByComparingTo("75.55");
        assertThat(FeeRule.amount(new BigDecimal("100.10"), new BigDecimal("0.85"))).isEqualByComparingTo("85.09");
        assertThat(FeeRule.amount(new BigDecimal("1"), new BigDecimal("0.0049"))).isEqualByComparingTo("0.00");
        assertThat(FeeRule.amount(new BigDecimal("1"), new BigDecimal("0.005"))).isEqualByComparingTo("0.01");
        assertThat(FeeRule.amount(new BigDecimal("120.00"), new BigDecimal("1.1")).scale()).isEqualTo(2);
    }
}
