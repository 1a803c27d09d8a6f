package org.anju.disclosure;

/** Where an estate's board stands today. Message key {@code disclosure.state.NAME}. */
public enum BoardState {
    /** 未公示: a company serves the estate (service mode ENTERPRISE) but has published no board yet. */
    NONE,
    /** 缺项: the current version leaves out §11 items. */
    INCOMPLETE,
    /** 超期未更新: complete, but not updated within the freshness limit (3 months). */
    STALE,
    /** 正常: complete and current. */
    CURRENT
}
