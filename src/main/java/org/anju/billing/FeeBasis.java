package org.anju.billing;

/** How a fee item's monthly quantity is counted for a house. */
public enum FeeBasis {
    /** Per m² of the house's exclusive area (专有部分面积) per month. */
    PER_M2,
    /** A fixed amount per house per month. */
    PER_HOUSE,
    /** Per counted unit the house rents (parking spaces) per month; houses without one get no bill. */
    PER_SPACE
}
