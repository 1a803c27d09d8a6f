package org.anju.rating;

/** A rating round's state. */
public enum RoundStatus {
    /** Opened by the county: self-assessment, review, expert scoring and approval go on. */
    OPEN,
    /** Published: approved stars are public, objections run within the window. */
    PUBLISHED
}
