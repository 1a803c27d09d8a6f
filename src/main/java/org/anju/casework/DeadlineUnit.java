package org.anju.casework;

/** How a time limit is counted. */
public enum DeadlineUnit {
    /** Clock hours from receipt, round the clock (12345 runs 7x24). */
    HOURS,
    /** Working days on the county's calendar (rules.md §8). */
    WORKING_DAYS
}
