package org.anju.fund;

/** Who paid a deposit. */
public enum Payer {
    /** The owner (before moving in). */
    OWNER,
    /** The developer, at sale filing (网签备案), or for its unsold houses. */
    DEVELOPER,
    /** The seller of public housing (售房单位), its share of the sale price. */
    SELLER
}
