package org.anju.voting;

/** What a motion decides: the matters of Civil Code art. 278 (rules.md §1), items 1–9. */
public enum Matter {
    /** Item 1: 业主大会议事规则. */
    RULES_OF_PROCEDURE(false),
    /** Item 2: 管理规约. */
    COVENANT(false),
    /** Item 3: electing or replacing the owners' committee. */
    ELECT_COMMITTEE(false),
    /** Item 4: hiring or firing the property company. */
    HIRE_COMPANY(false),
    /** Item 5: using the maintenance fund (the only matter an objection vote may decide). */
    USE_FUND(false),
    /** Item 6: raising the maintenance fund (special: 3/4). */
    RAISE_FUND(true),
    /** Item 7: rebuilding or reconstruction (special: 3/4). */
    REBUILD(true),
    /** Item 8: changing the use of common parts or using them for business (special: 3/4). */
    CHANGE_COMMON_USE(true),
    /** Item 9: other major common matters. */
    OTHER(false);

    private final boolean special;

    Matter(boolean special) {
        this.special = special;
    }

    /** Items 6–8: carried by ≥ 3/4 of the participating area and owners instead of more than half. */
    public boolean special() {
        return special;
    }
}
