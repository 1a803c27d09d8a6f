package org.anju.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when an estate's common income was transferred into its maintenance fund by an owners' decision
 * (plan §18: common income mainly tops up the fund). The fund module posts it once, keyed by transferId.
 */
public record CommonIncomeTransferred(long transferId, long estateId, BigDecimal amount, String decisionRef,
                                      LocalDate transferredOn) {
}
