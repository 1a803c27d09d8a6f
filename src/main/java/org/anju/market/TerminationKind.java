package org.anju.market;

/** How a contract is ended early (rules.md §1, Civil Code arts. 946–948). Message key {@code contract.termination.NAME}. */
public enum TerminationKind {
    /** Art. 946: the owners dismiss the company, 60 days' written notice. */
    DISMISSAL,
    /** Art. 947: the company will not renew, 90 days' written notice before the term ends. */
    NON_RENEWAL,
    /** Art. 948: a contract held over past its term became indefinite; either side ends it on 60 days' notice. */
    HOLDOVER
}
