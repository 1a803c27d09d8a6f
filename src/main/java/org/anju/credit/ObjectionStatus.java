package org.anju.credit;

/** Where an objection (异议) stands. Message key {@code credit.objection.NAME}. */
public enum ObjectionStatus {
    /** Filed, awaiting the county's answer. */
    OPEN,
    /** Upheld: the event is revoked. */
    UPHELD,
    /** Rejected with reasons: the event stands. */
    REJECTED
}
