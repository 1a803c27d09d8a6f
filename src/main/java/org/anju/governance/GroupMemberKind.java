package org.anju.governance;

/** Where a member of the preparatory group (筹备组) comes from (Henan 2017 art. 20). */
public enum GroupMemberKind {
    /** 业主代表: counts towards the owners' half. */
    OWNER,
    /** 街道办事处/乡镇人民政府 official: the chair is one. */
    TOWNSHIP_OFFICIAL,
    /** 居委会 */
    RESIDENTS_COMMITTEE,
    /** 建设单位 */
    DEVELOPER,
    /** Police station, property company or others. */
    OTHER
}
