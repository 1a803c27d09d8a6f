package org.anju.governance;

/** Which handover (交接). Message key {@code handover.kind.NAME}. */
public enum HandoverKind {
    /** 换届交接: the outgoing committee hands seals, records, money and property to the newly filed one (10 days). */
    TERM,
    /** 委员离任交接: a member who leaves hands over what they hold to the committee (3 days). */
    MEMBER
}
