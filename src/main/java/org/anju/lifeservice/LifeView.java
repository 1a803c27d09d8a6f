package org.anju.lifeservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What life services return. */
public final class LifeView {

    private LifeView() {
    }

    /** A catalogue item (生活服务目录项). */
    public record Service(long id, long companyId, long estateId, String estateName, ServiceCategory category,
                          String name, String provider, BigDecimal price, String unit, String hours, String areaServed,
                          boolean published) {
    }

    /** An elderly resident others may book for, with the consent recorded. */
    public record Elderly(long id, long houseId, String name, LocalDate consentOn, String consentNote,
                          String recordedBy, LocalDate withdrawnOn) {
    }

    /** A booking with its service, house and state. */
    public record Booking(long id, long serviceId, String service, String provider, long houseId, String house,
                          long estateId, String estateName, Long elderlyId, String elderlyName, String bookedBy,
                          String bookerRole, OffsetDateTime slotStart, OffsetDateTime slotEnd, String address,
                          String note, BigDecimal price, String unit, BookingStatus status, OffsetDateTime scheduledAt,
                          String worker, BigDecimal quantity, BigDecimal charged, Integer rating, String ratingComment,
                          String reason) {
    }

    /** Bookings of one estate or provider: counts and the mean rating. */
    public record Stat(String key, String name, long bookings, long completed, long cancelled, long noShows,
                       BigDecimal completionRate, BigDecimal meanRating, long ratings) {
    }
}
