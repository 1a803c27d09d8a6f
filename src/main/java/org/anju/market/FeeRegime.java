package org.anju.market;

/** 收费方式 (plan §9). Message key {@code project.feeRegime.NAME}. */
public enum FeeRegime {
    /** 包干制: the owners pay a fixed fee; the company keeps the surplus and bears the loss. */
    LUMP_SUM,
    /** 酬金制: the fees are the owners' money; the company takes an agreed commission and accounts for the rest. */
    COMMISSION
}
