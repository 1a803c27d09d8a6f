package org.anju.workforce;

/** The stages of a 最美物业人 selection. */
public enum SelectionStatus {
    /** Companies, communities and townships nominate staff. */
    NOMINATING,
    /** Residents vote, one vote per owner. */
    VOTING,
    /** The result is published on the public page. */
    PUBLISHED
}
