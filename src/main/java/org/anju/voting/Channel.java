package org.anju.voting;

/** How a ballot reached the count; one owner uses one channel in a vote. */
public enum Channel {
    /** Cast by the owner on the platform; may be changed until the period ends. */
    ONLINE,
    /** 纸质表决票 recorded by the organiser, with its scan attached then or later. */
    PAPER
}
