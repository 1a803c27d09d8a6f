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
 * off the catalogue is charged. The county edits these limits ({@code lsv_setting}, {@link LifeSettings}); the
 * constants are the shipped defaults ({@link Limits#DEFAULT}).
 */
public final class BookingPolicy {

    public static final Duration MIN_LEAD = Duration.ofHours(1);
    public static final int MAX_AHEAD_DAYS = 30;
    public static final Duration MAX_SLOT = Duration.ofHours(8);
    public static final Duration FREE_CANCEL = Duration.ofHours(2);
    public static final int NO_SHOW_LIMIT = 3;
    public static final int NO_SHOW_DAYS = 90;
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("100");

    /** The limits in force: the county's, or the shipped defaults. */
    public record Limits(Duration minLead, int maxAheadDays, Duration maxSlot, Duration freeCancel, int noShowLimit,
                         int noShowDays) {
        public static final Limits DEFAULT = new Limits(MIN_LEAD, MAX_AHEAD_DAYS, MAX_SLOT, FREE_CANCEL,
                NO_SHOW_LIMIT, NO_SHOW_DAYS);
    }

    private BookingPolicy() {
    }

    public static Optional<FieldError> slot(Instant start, Instant end, Instant now) {
        return slot(start, end, now, Limits.DEFAULT);
    }

    public static Optional<FieldError> slot(Instant start, Instant end, Instant now, Limits limits) {
        if (start == null) {
            return Optional.of(new FieldError("slotStart", "booking.error.slotStart"));
        }
        if (end == null || !end.isAfter(start) || Duration.between(start, end).compareTo(limits.maxSlot()) > 0) {
            return Optional.of(new FieldError("slotEnd", "booking.error.slotEnd", limits.maxSlot().toHours()));
        }
        if (start.isBefore(now.plus(limits.minLead()))
                || start.isAfter(now.plus(Duration.ofDays(limits.maxAheadDays())))) {
            return Optional.of(new FieldError("slotStart", "booking.error.slotWindow", limits.maxAheadDays()));
        }
        return Optional.empty();
    }

    /** Whether the booker may still cancel (free) at now. */
    public static boolean bookerMayCancel(Instant slotStart, Instant now) {
        return bookerMayCancel(slotStart, now, Limits.DEFAULT);
    }

    public static boolean bookerMayCancel(Instant slotStart, Instant now, Limits limits) {
        return !now.isAfter(slotStart.minus(limits.freeCancel()));
    }

    /** Whether a no-show may be recorded at now. */
    public static boolean noShowMayBeRecorded(Instant slotStart, Instant now) {
        return !now.isBefore(slotStart);
    }

    public static boolean blockedByNoShows(long recentNoShows) {
        return blockedByNoShows(recentNoShows, Limits.DEFAULT);
    }

    public static boolean blockedByNoShows(long recentNoShows, Limits limits) {
        return recentNoShows >= limits.noShowLimit();
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
