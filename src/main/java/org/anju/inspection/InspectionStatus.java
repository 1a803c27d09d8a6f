package org.anju.inspection;

/** Where an inspection stands. Message key {@code inspection.status.NAME}. */
public enum InspectionStatus {
    /** Drawn; its inspectors record findings. */
    DRAWN,
    /** Ended; its result must be published within 20 working days. */
    FINISHED,
    /** Result published on the public portal. */
    PUBLISHED
}
