package org.anju.market;

/** Where a contract's filing (备案) stands. Message key {@code contract.status.NAME}. */
public enum ContractStatus {
    /** 待审核: filed with the county, not yet reviewed. */
    SUBMITTED,
    /** 已退回: the county returned it with reasons; the company corrects and files again. */
    RETURNED,
    /** 已备案: the county accepted the filing. */
    ACCEPTED,
    /** 已解除: a notice of termination is recorded; the contract ends on its termination day. */
    TERMINATED
}
