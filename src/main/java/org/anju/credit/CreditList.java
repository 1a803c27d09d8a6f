package org.anju.credit;

/** Which public list a company is on. Message key {@code credit.list.NAME}. */
public enum CreditList {
    /** 红榜: graded AAA without any one-vote-veto event. */
    RED,
    /** 黑榜: graded C, or any counting one-vote-veto event; refused in tenders. */
    BLACK,
    /** On neither list. */
    NONE
}
