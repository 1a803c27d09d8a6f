package org.anju.governance;

/** What owners or members ask for (提议). Message key {@code petition.kind.NAME}. */
public enum PetitionKind {
    /** 临时会议: a temporary meeting of the owners' assembly. */
    TEMPORARY_MEETING,
    /** 罢免: removing a member of the owners' committee. */
    REMOVAL
}
