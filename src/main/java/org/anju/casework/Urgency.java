package org.anju.casework;

/** How urgent a complaint is; it picks the time limit (rules.md §7). */
public enum Urgency {
    /** 紧急: a safety matter, counted in hours round the clock. */
    URGENT,
    /** 一般: counted in working days. */
    GENERAL,
    /** 复杂: needs several bodies or an inspection, counted in more working days. */
    COMPLEX
}
