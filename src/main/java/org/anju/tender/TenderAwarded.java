package org.anju.tender;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published when the county awards a preliminary property management tender: the company is to serve the
 * estate at the bid price (yuan per m² per month). The market module turns it into a project.
 */
public record TenderAwarded(long tenderId, long estateId, long companyId, long bidId, BigDecimal price,
                            Instant awardedAt) {
}
