package org.anju.fund;

/** 首次交存 or 续筹. */
public enum DepositKind {
    /** The first deposit (Order 165 art. 7/8), once per house. */
    FIRST,
    /** A top-up (续筹) after the balance fell below the threshold (art. 17). */
    TOP_UP
}
