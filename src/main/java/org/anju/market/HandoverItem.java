package org.anju.market;

/** The checklist of a handover inspection (承接查验). Message key {@code handover.item.NAME}. */
public enum HandoverItem {
    /** 共用部位: roofs, stairs, corridors, exterior walls. */
    COMMON_PARTS,
    /** 共用设施设备: lifts, pumps, fire systems, lighting. */
    FACILITIES,
    /** 档案资料: drawings, equipment records, owner roll. */
    RECORDS,
    /** 物业服务用房 returned. */
    SERVICE_ROOMS,
    /** 钥匙 and access cards handed over. */
    KEYS,
    /** 预收物业费 refunded or transferred. */
    PREPAID_FEES,
    /** 共有部分经营收益 accounted for and paid to the owners (Civil Code art. 282). */
    COMMON_INCOME
}
