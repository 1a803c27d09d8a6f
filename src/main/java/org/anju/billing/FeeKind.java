package org.anju.billing;

/** What a fee item charges for. */
public enum FeeKind {
    /** 物业服务费: the service fee of the contract. */
    PROPERTY,
    /** 停车费: a rented parking space. */
    PARKING,
    /** 公摊水电: the shared utilities of common parts, passed on at cost. */
    SHARED_UTILITY
}
