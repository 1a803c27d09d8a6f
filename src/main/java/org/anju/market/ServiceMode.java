package org.anju.market;

/** 物业服务形式: how an estate is served (plan §6, §20). Message key {@code serviceMode.NAME}. */
public enum ServiceMode {
    /** 委托企业: a property company under an active project. */
    ENTERPRISE,
    /** 业主自管: the owners manage the estate themselves. */
    SELF_MANAGED,
    /** 社区托管: the community holds the estate in custody. */
    COMMUNITY_CUSTODY,
    /** 物业公司代管: a company takes care of it without a regular contract. */
    CARETAKER,
    /** 专项服务: single services (cleaning, security) bought separately. */
    SPECIALIZED,
    /** 物业服务站: a station serving old estates, about 30 000 m² an area (plan §20). */
    SERVICE_STATION,
    /** 无物业服务. */
    NONE;

    /** Message key of the Chinese/English name. */
    public String messageKey() {
        return "serviceMode." + name();
    }
}
