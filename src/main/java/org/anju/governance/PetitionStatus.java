package org.anju.governance;

/** Where a petition stands. Message key {@code petition.status.NAME}. */
public enum PetitionStatus {
    /** 已提议: filed with enough support, waiting for the meeting. */
    FILED,
    /** 已责令: the committee stalled and the township ordered the meeting (and may convene it itself). */
    ORDERED,
    /** 已决定: the meeting decided; a removal carried removes the member. */
    DECIDED
}
