package org.anju.voting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The notice (公告) of a vote is posted a minimum number of calendar days before voting opens: rules.md §2 (Henan
 * Property Management Regulations 2017, arts. 18–21) has proposals posted at least 15 days before the owners'
 * meeting. The figure is the county's (vot_setting NOTICE_MIN_DAYS, default 15); this class only does the dates.
 * Days are calendar days in Asia/Shanghai: posted on day P, voting may open at any time of day P + minDays.
 *
 * @param minDays calendar days between the posting date and the first day of voting (0 = the same day)
 */
public record NoticePeriod(int minDays) {

    /** The rules' own figure. */
    public static final int DEFAULT_MIN_DAYS = 15;

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public NoticePeriod {
        if (minDays < 0) {
            throw new IllegalArgumentException("minDays < 0");
        }
    }

    /** The first day on which a vote whose notice was posted on postedOn may open. */
    public LocalDate earliestOpening(LocalDate postedOn) {
        return postedOn.plusDays(minDays);
    }

    /** Whether voting may open at opensAt (its date in Asia/Shanghai) after a notice posted on postedOn. */
    public boolean allows(LocalDate postedOn, ZonedDateTime opensAt) {
        return !opensAt.withZoneSameInstant(ZONE).toLocalDate().isBefore(earliestOpening(postedOn));
    }
}
