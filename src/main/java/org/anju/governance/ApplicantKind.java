package org.anju.governance;

/** Who applies for the first owners' assembly (Henan 2017 art. 19). */
public enum ApplicantKind {
    /** 建设单位: the developer. */
    DEVELOPER,
    /** At least 10 owners of the estate, each recorded. */
    OWNERS
}
