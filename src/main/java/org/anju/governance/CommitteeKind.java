package org.anju.governance;

/** Which kind of committee speaks for the owners of an estate. */
public enum CommitteeKind {
    /** 业主委员会: elected by the owners' assembly, filed with the township. */
    OWNERS,
    /** 物业管理委员会: formed by the township where no owners' committee can be elected yet. */
    INTERIM
}
