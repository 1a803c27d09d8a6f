package org.anju.lifeservice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The booking rules at their edges. */
class BookingPolicyTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void aSlotStartsAnHourAheadAtLeastWithinThirtyDaysAndLastsAtMostEightHours() {
        Instant start = NOW.plus(Duration.ofHours(1));
        assertThat(BookingPolicy.slot(start, start.plus(Duration.ofHours(8)), NOW)).isEmpty();
        assertThat(BookingPolicy.slot(start.minusSeconds(60), start.plus(Duration.ofHours(1)), NOW)).isPresent();
        assertThat(BookingPolicy.slot(start, start.plus(Duration.ofHours(8)).plusSeconds(60), NOW)).isPresent();
        assertThat(BookingPolicy.slot(start, start, NOW)).isPresent();
        assertThat(BookingPolicy.slot(NOW.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(30)).plusSeconds(3600),
                NOW)).isEmpty();
        assertThat(BookingPolicy.slot(NOW.plus(Duration.ofDays(31)), NOW.plus(Duration.ofDays(31)).plusSeconds(3600),
                NOW)).isPresent();
    }

    @Test
    void theBookerCancelsUntilTwoHoursBeforeAndANoShowOnlyOnceTheSlotBegan() {
        Instant slot = NOW.plus(Duration.ofHours(2));
        assertThat(BookingPolicy.bookerMayCancel(slot, NOW)).isTrue();
        assertThat(BookingPolicy.bookerMayCancel(slot, NOW.plusSeconds(1))).isFalse();
        assertThat(BookingPolicy.noShowMayBeRecorded(slot, slot.minusSeconds(1))).isFalse();
        assertThat(BookingPolicy.noShowMayBeRecorded(slot, slot)).isTrue();
        assertThat(BookingPolicy.blockedByNoShows(2)).isFalse();
        assertThat(BookingPolicy.blockedByNoShows(3)).isTrue();
    }

    @Test
    void theChargeIsTheCataloguePriceTimesTheQuantityNothingElse() {
        assertThat(BookingPolicy.charge(new BigDecimal("45.50"), new BigDecimal("2.5"))).contains(new BigDecimal("113.75"));
        assertThat(BookingPolicy.charge(new BigDecimal("33.33"), new BigDecimal("0.5"))).contains(new BigDecimal("16.67"));
        assertThat(BookingPolicy.charge(new BigDecimal("10"), BigDecimal.ZERO)).isEmpty();
        assertThat(BookingPolicy.charge(new BigDecimal("10"), new BigDecimal("100.01"))).isEmpty();
        assertThat(BookingPolicy.charge(new BigDecimal("10"), new BigDecimal("1.001"))).isEmpty();
        assertThat(BookingPolicy.charge(new BigDecimal("10"), null)).isEmpty();
    }
}
