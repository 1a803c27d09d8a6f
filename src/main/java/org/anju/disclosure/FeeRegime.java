package org.anju.disclosure;

/** How the property fee is charged (物业服务收费方式). Message key {@code disclosure.regime.NAME}. */
public enum FeeRegime {
    /** 包干制: the company keeps what is left after costs. */
    LUMP_SUM,
    /** 酬金制: the company takes an agreed commission; the rest belongs to the owners. */
    COMMISSION
}
