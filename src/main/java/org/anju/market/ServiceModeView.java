package org.anju.market;

import java.time.Instant;
import java.time.LocalDate;

/** What the service-mode API returns. */
public final class ServiceModeView {

    private ServiceModeView() {
    }

    /** An estate with its current mode (NONE and null since where none was ever recorded). */
    public record EstateMode(long estateId, String estateName, long townshipId, String townshipName, long communityId,
                             String communityName, boolean legacy, ServiceMode mode, LocalDate since,
                             String companyName, long areaId, String areaName) {
    }

    /** One period of an estate's mode; {@code to} is null for the current one. */
    public record Period(long id, long estateId, ServiceMode mode, LocalDate from, LocalDate to, Long projectId,
                         String companyName, String recordedBy, Instant recordedAt, String note, long areaId) {
    }
}
