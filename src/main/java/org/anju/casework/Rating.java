package org.anju.casework;

/** The reporter's verdict on a resolved complaint. */
public enum Rating {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASIC,
    /** 不满意: reopens the complaint once. */
    UNSATISFIED
}
