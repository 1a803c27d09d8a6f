package org.anju.credit;

/** Where a credit event stands. Message key {@code credit.status.NAME}. */
public enum EventStatus {
    /** Counts while it has not expired. */
    VALID,
    /** Revoked on an upheld objection: removed from the score at once. */
    REVOKED,
    /** 信用修复: corrected and repaired; no longer counts nor is disclosed, the record is kept. */
    REPAIRED
}
