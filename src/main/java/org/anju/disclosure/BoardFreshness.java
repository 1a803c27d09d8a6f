package org.anju.disclosure;

import java.time.LocalDate;

/**
 * A board must be kept current (plan §11: 及时更新); the township follows up boards not updated in
 * {@value #MONTHS} months. A board published on the day {@link #cutoff} returns is still fresh; one published the
 * day before is stale.
 */
public final class BoardFreshness {

    /** How many months a version stays current. */
    public static final int MONTHS = 3;

    private BoardFreshness() {
    }

    /** The oldest publication day still current today. */
    public static LocalDate cutoff(LocalDate today) {
        return today.minusMonths(MONTHS);
    }

    public static boolean stale(LocalDate publishedOn, LocalDate today) {
        return publishedOn.isBefore(cutoff(today));
    }
}
