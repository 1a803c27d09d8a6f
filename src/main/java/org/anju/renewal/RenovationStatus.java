package org.anju.renewal;

/** Where an old estate's renovation (老旧小区改造) stands. */
public enum RenovationStatus {
    /** In the renovation plan. */
    PLANNED,
    /** Works under way. */
    UNDER_WAY,
    /** Renovated to the national standard; ready for long-term management (plan §20). */
    DONE
}
