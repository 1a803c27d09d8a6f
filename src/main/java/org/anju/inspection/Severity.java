package org.anju.inspection;

/** How serious a failed checklist item is. Message key {@code inspection.severity.NAME}. */
public enum Severity {
    /** 一般问题. */
    MINOR,
    /** 严重问题. */
    SERIOUS
}
