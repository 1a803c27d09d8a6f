package org.anju.inspection;

/** What a hazard is (plan §21). Message key {@code hazard.kind.NAME}. */
public enum HazardKind {
    /** 老旧管网. */
    OLD_PIPELINE,
    /** 电动车飞线充电. */
    EBIKE_WIRING,
    /** 电梯. */
    LIFT,
    /** 消防设施. */
    FIRE_FACILITY,
    /** 违法建设. */
    ILLEGAL_STRUCTURE,
    /** A finding to rectify that is not a safety hazard (counts for findings, not for hazard measures). */
    OTHER
}
