package org.anju.rating;

import java.time.LocalDate;

/**
 * The county commended a property company (表彰奖励), published after commit. The credit module turns it into a
 * bonus event. {@code projectId} is null when the commendation is for the company as a whole.
 */
public record CompanyCommended(long commendationId, long companyId, Long projectId, LocalDate date, String title) {
}
