package org.anju.credit;

/** Where a credit event comes from. Message key {@code credit.source.NAME}. */
public enum CreditSource {
    /** A closed complaint about the company (casework). */
    COMPLAINT,
    /** A double-random inspection's result (inspection). */
    INSPECTION,
    /** A contract ended: handed over on time, dismissed by the owners, or overstayed (market). */
    CONTRACT,
    /** A township's opinion on a company serving its area. */
    TOWNSHIP,
    /** A commendation (rating). */
    COMMENDATION,
    /** A charge outside the disclosure board (disclosure). */
    DISCLOSURE,
    /** A court or penalty record the county enters. */
    COUNTY
}
