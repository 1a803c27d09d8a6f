package org.anju.voting;

/** Where a vote stands. */
public enum VoteStatus {
    /** Created; the roll is frozen when the period starts. */
    SCHEDULED,
    /** In its period, roll frozen: ballots are accepted. */
    OPEN,
    /** Counted; nothing about it can change any more. */
    CLOSED,
    /** Closed and its result published to the owners of its area. */
    PUBLISHED
}
