package org.anju.garbage;

/** How far an estate has come with garbage sorting (plan §21: 试点及推广). */
public enum SortingStatus {
    /** No sorting yet. */
    NONE,
    /** A pilot estate (试点). */
    PILOT,
    /** Sorting rolled out after the pilot (推广). */
    ROLLED_OUT
}
