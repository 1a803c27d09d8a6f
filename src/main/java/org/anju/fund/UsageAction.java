package org.anju.fund;

/** What may be done to a use of the fund through POST /api/v1/fund/usages/{id}/actions. */
public enum UsageAction {
    /** The county records the owners' decision from the minutes of a paper vote (ordinary use). */
    RECORD_DECISION,
    /** The county approves (ordinary: only on a carried decision). */
    APPROVE,
    /** The county refuses with a reason, naming the exclusion when one applies. */
    REJECT,
    /** The county pays an instalment to the contractor, apportioned over the sharing houses. */
    PAY,
    /** The contractor returns money; it goes back to the sharing houses, apportioned the same way. */
    REFUND,
    /** The work is done: the final amount is published. */
    COMPLETE,
    /** The applicant (or the county) withdraws an application not yet decided. */
    CANCEL
}
