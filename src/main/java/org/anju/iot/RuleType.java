package org.anju.iot;

/** How an alert rule decides that its condition holds. */
public enum RuleType {
    /** A metric below or above a threshold; a reading without the metric changes nothing. */
    THRESHOLD,
    /** An event code present in the reading; a reading without it clears it. */
    EVENT,
    /** No message from the device for a number of minutes; any message clears it. */
    OFFLINE
}
