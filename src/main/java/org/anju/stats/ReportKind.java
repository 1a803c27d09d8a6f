package org.anju.stats;

/** The period a report covers. Message key {@code report.kind.NAME}. */
public enum ReportKind {
    /** 月报: one calendar month, period {@code 2026-10}. */
    MONTHLY,
    /** 年报: one calendar year, period {@code 2026}. */
    YEARLY
}
