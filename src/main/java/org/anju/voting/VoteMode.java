package org.anju.voting;

/** How a vote is decided. */
public enum VoteMode {
    /** 业主大会 (meeting or written consultation): participation 2/3, then the majority of art. 278. */
    MEETING,
    /**
     * 异议表决: fund use where the covenant allows it; the motion passes unless objectors hold more than 1/3 of
     * the roll's area or more than 1/3 of its owners.
     */
    OBJECTION
}
