package org.anju.casework;

/** Where a complaint stands. */
public enum CaseStatus {
    /** 待派单: no body found by the duty list, or sent back by its receiver; the township decides. */
    PENDING,
    /** 已派单: with the responsible body, not yet accepted. */
    DISPATCHED,
    /** 处理中: accepted by the body, which notes its progress. */
    ACCEPTED,
    /** 已办结: resolved with a result, awaiting the reporter's rating. */
    RESOLVED,
    /** 已关闭: rated (or rated unsatisfied after its one reopening); nothing more happens. */
    CLOSED;

    /** Still running against its deadline. */
    public boolean open() {
        return this == PENDING || this == DISPATCHED || this == ACCEPTED;
    }
}
