package org.anju.governance;

/** Where an estate stands on the way to its first owners' assembly. */
public enum AssemblyStage {
    /** Occupancy entered, no condition met yet. */
    NOT_DUE,
    /** A condition is met and nobody has applied yet: the township should see it done. */
    DUE,
    /** The developer or at least 10 owners applied; the township forms the preparatory group within 30 days. */
    APPLIED,
    /** The preparatory group is formed; the assembly is held within 60 days. */
    GROUP_FORMED,
    /** The assembly was held. */
    HELD,
    /** The assembly was held but did not elect a committee; a new application may follow. */
    FAILED
}
