package org.anju.lifeservice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The booking rules (plan §16: published prices, service at the door). Shipped defaults, as rules.md asks
 * for figures the law does not set: a slot starts at least {@link #MIN_LEAD} ahead and within
 * {@link #MAX_AHEAD_DAYS} days, lasts at most {@link #MAX_SLOT}; the booker cancels free until
 * {@link #FREE_CANCEL} before the slot (later, only the provider can cancel); the provider records a no-show
 * only once the slot has begun; a house with {@link #NO_SHOW_LIMIT} no-shows in {@link #NO_SHOW_DAYS} days
 * books no more until they age out. The charge is the catalogue price times the quantity, to the fen: nothing
 * off the catalogue is charged.
 */
public final class BookingPolicy {

    public static final Duration MIN_LEAD = Duration.ofHours(1);
    public static final int MAX_AHEAD_DAYS = 30;
    public static final Duration MAX_SLOT = Duration.ofHours(8);
    public static final Duration FREE_CANCEL = Duration.ofHours(2);
    public static final int NO_SHOW_LIMIT = 3;
    public static final int NO_SHOW_DAYS = 90;
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("100");

    private BookingPolicy() {
    }

    public static Optional<FieldError> slot(Instant start, Instant end, Instant now) {
        if (start == null) {
            return Optional.of(new FieldError("slotStart", "booking.error.slotStart"));
        }
        if (end == null || !end.isAfter(start) || Duration.between(start, end).compareTo(MAX_SLOT) > 0) {
            return Optional.of(new FieldError("slotEnd", "booking.error.slotEnd", MAX_SLOT.toHours()));
        }
        if (start.isBefore(now.plus(MIN_LEAD)) || start.isAfter(now.plus(Duration.ofDays(MAX_AHEAD_DAYS)))) {
            return Optional.of(new FieldError("slotStart", "booking.error.slotWindow", MAX_AHEAD_DAYS));
        }
        return Optional.empty();
    }

    /** Whether the booker may still cancel (free) at now. */
    public static boolean bookerMayCancel(Instant slotStart, Instant now) {
        return !now.isAfter(slotStart.minus(FREE_CANCEL));
    }

    /** Whether a no-show may be recorded at now. */
    public static boolean noShowMayBeRecorded(Instant slotStart, Instant now) {
        return !now.isBefore(slotStart);
    }

    public static boolean blockedByNoShows(long recentNoShows) {
        return recentNoShows >= NO_SHOW_LIMIT;
    }

    /** The charge: the booked catalogue price times the quantity (0 &lt; quantity &le; 100, 2 decimals), half up. */
    public static Optional<BigDecimal> charge(BigDecimal price, BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0
                || quantity.stripTrailingZeros().scale() > 2) {
            return Optional.empty();
        }
        return Optional.of(price.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }
}
