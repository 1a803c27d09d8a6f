package org.anju.voting;

/**
 * What a vote covers: the whole estate, one management area of it (decision 0027), one building, or one section (单元)
 * of a building (decision 0002: a section is a value of the house). The roll, the denominators of art. 278 and the
 * decision follow it.
 */
public enum VoteScope {
    /** Every house of the estate (an estate of one management area: that area). */
    ESTATE,
    /** The houses of one management area's buildings. */
    AREA,
    /** The houses of one building. */
    BUILDING,
    /** The houses of one section of a building. */
    SECTION;

    static VoteScope of(Long areaId, Long buildingId, String section) {
        return areaId != null ? AREA : buildingId == null ? ESTATE : section == null ? BUILDING : SECTION;
    }
}
