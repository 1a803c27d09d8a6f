package org.anju.fund;

/** Where a use of the fund stands. */
public enum UsageStatus {
    /** Applied for, waiting for the county's decision. */
    APPLIED,
    /** Approved by the county: instalments may be paid to the contractor. */
    APPROVED,
    /** Refused, with the reason (an exclusion of rules.md §3 or another). */
    REJECTED,
    /** Work done, final amount published to the owners. */
    COMPLETED,
    /** Withdrawn before a decision. */
    CANCELLED
}
