package org.anju.governance;

/** A condition that makes the first owners' assembly due (Henan 2017 art. 18). */
public enum AssemblyTrigger {
    /** At least the set share (50%) of the floor area sold and delivered. */
    AREA_DELIVERED,
    /** At least the set share (30%) of the households moved in. */
    HOUSEHOLDS_MOVED_IN,
    /** The preliminary service contract ended early or ends within the set days (90). */
    CONTRACT_ENDING
}
