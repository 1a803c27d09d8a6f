package org.anju.fund;

/** What the fund may not pay for (rules.md §3 "Exclusions"): a refusal names one. */
public enum Exclusion {
    /** Warranty work of the developer or builder. */
    WARRANTY,
    /** Lines and equipment owned by utilities. */
    UTILITY,
    /** Damage caused by a person, who pays. */
    PERSON_DAMAGE,
    /** Upkeep the property company is paid for under its contract. */
    COMPANY_UPKEEP,
    /** Another reason, stated in full. */
    OTHER
}
