package org.anju.party;

import java.time.LocalDate;
import java.util.List;

/**
 * 党组织: a branch covering one estate or several adjacent ones (集中连片), set up in an estate, a
 * committee or a company ({@code hostId} names it; committees live in another module: no foreign key).
 */
public record PartyOrganization(long id, Kind kind, String name, long communityId, String communityName,
                                HostKind hostKind, Long hostId, String secretary, Integer memberCount,
                                LocalDate foundedOn, List<Long> estateIds, List<String> estateNames) {

    /** What kind of organisation. Message key {@code party.kind.NAME}. */
    public enum Kind {
        /** 党支部. */
        BRANCH,
        /** 网格党支部: one grid of a large estate or of several small ones. */
        GRID_BRANCH
    }

    /** Where the branch is set up. Message key {@code party.hostKind.NAME}. */
    public enum HostKind {
        /** In the estate (or estates) it covers. */
        ESTATE,
        /** Inside an owners' committee. */
        COMMITTEE,
        /** Inside a property company. */
        COMPANY
    }

    /** A branch to record. */
    public record New(Kind kind, String name, Long communityId, HostKind hostKind, Long hostId, String secretary,
                      Integer memberCount, LocalDate foundedOn, List<Long> estateIds) {
    }
}
