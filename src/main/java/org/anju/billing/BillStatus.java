package org.anju.billing;

/** A bill's state, derived from its amounts and due date. */
public enum BillStatus {
    /** Not fully paid, due date not passed. */
    UNPAID,
    /** Not fully paid, due date passed: in arrears (欠费). */
    OVERDUE,
    /** Fully paid. */
    PAID
}
