package org.anju.governance;

/** Who makes a petition. Message key {@code petition.proposer.NAME}. */
public enum Proposer {
    /** Owners who signed (their number counted against the estate's owners). */
    OWNERS,
    /** The owners' committee by its decision (temporary meetings only). */
    COMMITTEE,
    /** Members of the committee (removals only; their number counted against the serving members). */
    MEMBERS
}
