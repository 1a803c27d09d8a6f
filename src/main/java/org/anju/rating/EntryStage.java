package org.anju.rating;

/** Where a project stands in a rating round. */
public enum EntryStage {
    /** In the round; the company has not yet assessed itself. */
    PENDING,
    /** The company's self-assessment is in; it may revise it until the township reviews. */
    SELF_ASSESSED,
    /** The township has scored on site; the panel is drawn and the experts score. */
    REVIEWED,
    /** Every expert of the panel has scored: the final score and star are computed, awaiting the county. */
    SCORED,
    /** The county (住建局) approved the star; published with the round. */
    APPROVED,
    /** Published: the star is public and valid until the next round's publication. */
    PUBLISHED
}
