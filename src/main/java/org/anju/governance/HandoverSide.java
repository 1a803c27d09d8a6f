package org.anju.governance;

/** Who confirms a handover. Message key {@code handover.side.NAME}. */
public enum HandoverSide {
    /** 移交方: the outgoing committee or the leaving member. */
    OUTGOING,
    /** 接收方: the new committee, or the committee a member leaves. */
    INCOMING,
    /** 监交方: the township (街道/乡镇) as witness. */
    WITNESS
}
