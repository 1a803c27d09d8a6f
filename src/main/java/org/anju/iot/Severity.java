package org.anju.iot;

/** How urgent an alert is; the casework module maps it to a deadline. */
public enum Severity {
    /** 提示: e.g. a smoke detector's battery running low. */
    LOW,
    /** 一般: e.g. a water tank below its level, a device offline. */
    MEDIUM,
    /** 严重: e.g. a lift fault, a pump fault, hydrant pressure too low. */
    HIGH,
    /** 紧急: a trapped passenger, a fire alarm, smoke. */
    CRITICAL
}
