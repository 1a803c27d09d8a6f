package org.anju.iot;

/** Whether an alert's condition still lasts. */
public enum AlertStatus {
    /** The condition lasts; at most one open alert per device and rule. */
    OPEN,
    /** The condition cleared (a reading without it, or the device came back online). */
    CLOSED
}
