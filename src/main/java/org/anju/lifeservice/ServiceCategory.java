package org.anju.lifeservice;

/** Kinds of life service the plan names (§16). */
public enum ServiceCategory {
    /** 养老: elderly care, meals, visits. */
    ELDERLY_CARE,
    /** 托幼: childcare. */
    CHILDCARE,
    /** 家政: housekeeping, cleaning. */
    HOUSEKEEPING,
    /** 健康: health checks, nursing. */
    HEALTH,
    /** 快递: parcels. */
    PARCEL,
    /** 维修: home repairs inside the house (not common parts). */
    HOME_REPAIR,
    /** 其他 */
    OTHER
}
