package org.anju.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded charge of an item not on the board (plan §11: 不得收取公示收费项目以外的费用). */
public record Violation(long id, long estateId, Integer boardVersion, Long companyId, String item,
                        BigDecimal amount, LocalDate chargedOn, String evidence, String recordedBy,
                        Instant recordedAt) {
}
