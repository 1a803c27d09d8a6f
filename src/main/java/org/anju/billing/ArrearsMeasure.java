package org.anju.billing;

/**
 * The measures a company may take against unpaid fees, as the Civil Code and the covenant allow
 * (rules.md §1, art. 944). The list is closed, here and in the database's check constraint: cutting
 * water, power, heat or gas to collect fees is banned, so no such value exists and none can be stored.
 */
public enum ArrearsMeasure {
    /** 书面催告: a written demand with a reasonable deadline; the first step, required before any other. */
    WRITTEN_REMINDER,
    /** 分期缴费协议: a payment plan agreed with the owner. */
    PAYMENT_PLAN,
    /** 调解: mediation by the community, the committee or the township's mediation committee. */
    MEDIATION,
    /** 仲裁: arbitration, where the contract has an arbitration clause. */
    ARBITRATION,
    /** 诉讼: a lawsuit. */
    LAWSUIT
}
