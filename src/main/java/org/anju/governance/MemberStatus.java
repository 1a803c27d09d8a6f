package org.anju.governance;

/** Whether a member may act (sign, vote) for the committee. */
public enum MemberStatus {
    /** Serving. */
    ACTIVE,
    /** On the negative list: may not sign or vote until cleared. */
    SUSPENDED,
    /** Removed from the committee. */
    REMOVED
}
