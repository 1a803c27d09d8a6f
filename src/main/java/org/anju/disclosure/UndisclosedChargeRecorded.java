package org.anju.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when a township or the county records that a company charged an item not on the estate's board
 * (plan §11); the credit module turns it into a credit event.
 *
 * @param companyId the company of the board current when recorded; null when the estate had no board
 */
public record UndisclosedChargeRecorded(long violationId, long estateId, Long companyId, String item,
                                        BigDecimal amount, LocalDate chargedOn) {
}
