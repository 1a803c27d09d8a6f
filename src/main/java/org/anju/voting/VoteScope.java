package org.anju.voting;

/**
 * What a vote covers: the whole estate (management area), one building, or one section (单元) of a building
 * (decision 0002: a section is a value of the house). The roll, the denominators of art. 278 and the decision follow it.
 */
public enum VoteScope {
    ESTATE, BUILDING, SECTION;

    static VoteScope of(Long buildingId, String section) {
        return buildingId == null ? ESTATE : section == null ? BUILDING : SECTION;
    }
}
