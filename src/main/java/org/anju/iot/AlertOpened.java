package org.anju.iot;

import java.time.OffsetDateTime;

/**
 * Published (within the transaction that stores it) when an alert opens: the casework module turns it
 * into a work order by its duty rules and links it back with {@link Alerts#linkWorkOrder(long, long)}.
 *
 * @param alertId    the alert
 * @param deviceCode the device's code
 * @param deviceKind the device's kind
 * @param estateId   the estate the device is in
 * @param buildingId its building, or null
 * @param severity   the rule's severity
 * @param code       the rule's code, e.g. TRAPPED, FIRE_ALARM, OFFLINE
 * @param openedAt   when the alert opened
 * @param maintainer the device's maintenance contractor (from the disclosure board or typed in), or null
 */
public record AlertOpened(long alertId, String deviceCode, DeviceKind deviceKind, long estateId, Long buildingId,
                          Severity severity, String code, OffsetDateTime openedAt,
                          String maintainer) {
}
