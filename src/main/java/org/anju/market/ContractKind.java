package org.anju.market;

/** Which service contract. Message key {@code contract.kind.NAME}. */
public enum ContractKind {
    /** 前期物业服务合同: signed by the developer before the owners' assembly hires a company. */
    PRELIMINARY,
    /** 物业服务合同: signed by the owners (their committee) with the company they chose. */
    REGULAR
}
