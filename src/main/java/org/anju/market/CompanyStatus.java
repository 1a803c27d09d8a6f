package org.anju.market;

/** A property company's standing in the register. Message key {@code company.status.NAME}. */
public enum CompanyStatus {
    /** 存续: trading and may take projects (unless barred). */
    ACTIVE,
    /** 已合并: merged into another company; keeps its history, takes no new project. */
    MERGED,
    /** 已退出: left the county's market; takes no new project. */
    EXITED
}
