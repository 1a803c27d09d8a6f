package org.anju.governance;

/** One line of a handover checklist. Message key {@code handover.item.NAME}. */
public enum HandoverItemKind {
    /** 印章: the committee's seal. */
    SEAL,
    /** 档案资料: minutes, decisions, the owner roll, contracts. */
    RECORDS,
    /** 账簿凭证: account books and vouchers. */
    ACCOUNTS,
    /** 资金: money held for the owners, with its amount. */
    MONEY,
    /** 钥匙: keys of the committee office and common parts. */
    KEYS,
    /** 财物: other property of the owners held by the committee. */
    PROPERTY,
    /** 其他. */
    OTHER
}
