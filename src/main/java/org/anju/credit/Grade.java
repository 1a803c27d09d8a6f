package org.anju.credit;

/** A company's credit grade, best first (rules.md §5). Message key {@code credit.grade.NAME}. */
public enum Grade {
    /** AAA: score at or above the AAA cut-off. */
    AAA,
    /** AA. */
    AA,
    /** A. */
    A,
    /** B. */
    B,
    /** C: below the B cut-off. */
    C;

    /** Whether the grade is A or better (the township assessment counts these as good). */
    public boolean atLeastA() {
        return ordinal() <= A.ordinal();
    }
}
