package org.anju.casework;

import java.time.Instant;

/**
 * Published when a complaint about a property company is closed, for the credit module to score (plan §12).
 *
 * @param caseId    the complaint
 * @param companyId the company it was dispatched to when it closed
 * @param estateId  the estate concerned
 * @param category  the category code
 * @param rating    the reporter's rating (null if closed without one)
 * @param onTime    whether it was resolved by its deadline
 * @param closedAt  when it closed
 */
public record CaseClosed(long caseId, long companyId, long estateId, String category, Rating rating, boolean onTime,
                         Instant closedAt) {
}
