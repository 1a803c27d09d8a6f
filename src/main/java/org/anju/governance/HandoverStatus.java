package org.anju.governance;

/** Where a handover stands. Message key {@code handover.status.NAME}. */
public enum HandoverStatus {
    /** 未完成: items to hand over or confirmations missing. */
    OPEN,
    /** 已完成: both sides confirmed and the township witnessed. */
    COMPLETED
}
