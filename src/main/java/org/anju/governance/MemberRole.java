package org.anju.governance;

/** A member's office in the committee. */
public enum MemberRole {
    /** 主任 */
    CHAIR,
    /** 副主任 */
    VICE_CHAIR,
    /** 委员 */
    MEMBER
}
