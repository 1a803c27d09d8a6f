package org.anju.inspection;

/** Where a hazard stands. Message key {@code hazard.status.NAME}. */
public enum HazardStatus {
    /** Found, to rectify by its deadline. */
    OPEN,
    /** Reported rectified, awaiting the re-check. */
    REPORTED,
    /** Re-checked and removed. */
    CLOSED
}
