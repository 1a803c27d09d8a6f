package org.anju.governance;

/** Where a committee stands in its filing (备案) lifecycle. */
public enum CommitteeStatus {
    /** Recorded, members being entered, not yet submitted. */
    DRAFT,
    /** Submitted for filing, waiting for the township. */
    SUBMITTED,
    /** Returned by the township with a reason; may be corrected and submitted again. */
    RETURNED,
    /** Accepted (filed) by the township: the committee acts for the estate. */
    FILED,
    /** An interim committee dissolved after the owners' committee was filed. */
    DISSOLVED
}
