package org.anju.workforce;

/** What was held (plan §23: 开展职业技能培训和竞赛). */
public enum EventKind {
    /** A training course (培训). */
    COURSE,
    /** A skills competition (技能竞赛). */
    COMPETITION
}
