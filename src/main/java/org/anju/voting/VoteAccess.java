package org.anju.voting;

import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.voting.internal.VoteStore;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a vote (issue 5): the owners' committee organises its estate's votes, the township office or
 * community those of an estate without a filed committee; the county, township and community see every vote in
 * their area; an owner sees the votes of their estate and votes for themself. Other roles see no votes.
 */
final class VoteAccess {

    static final String COMMITTEE = "COMMITTEE";
    static final String REGION = "REGION";

    private VoteAccess() {
    }

    static AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    /** The roles that see votes at all (403 for the others, before any lookup). */
    static void requireReader() {
        Role role = user().role();
        if (role != Role.COUNTY_AUTHORITY && role != Role.TOWNSHIP_OFFICE && role != Role.COMMUNITY
                && role != Role.OWNERS_COMMITTEE && role != Role.OWNER) {
            throw new AccessDeniedException("VOTE_READ");
        }
    }

    static boolean isOwner() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNER).isPresent();
    }

    /** Which kind of organiser the caller would be for a new vote, or 403. */
    static String organiserKind() {
        AnjuUser u = user();
        if (u.role() == Role.OWNERS_COMMITTEE) {
            return COMMITTEE;
        }
        if ((u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY) && u.can(Permission.REGISTER_WRITE)) {
            return REGION;
        }
        throw new AccessDeniedException("VOTE_ORGANISE");
    }

    /** Whether the caller organises this vote (it was found in their jurisdiction already). */
    static boolean organises(VoteStore.Row v) {
        return Jurisdictions.currentUser().filter(u -> switch (u.role()) {
            case OWNERS_COMMITTEE -> COMMITTEE.equals(v.organiser());
            case TOWNSHIP_OFFICE, COMMUNITY -> REGION.equals(v.organiser()) && u.can(Permission.REGISTER_WRITE);
            default -> false;
        }).isPresent();
    }

    static void requireOrganiser(VoteStore.Row v) {
        if (!organises(v)) {
            throw new AccessDeniedException("VOTE_ORGANISE");
        }
    }

    /** Organiser, or the county, township or community over it: sees turnout, non-voters and paper ballots. */
    static void requireSupervisor(VoteStore.Row v) {
        Role role = user().role();
        if (!organises(v) && role != Role.COUNTY_AUTHORITY && role != Role.TOWNSHIP_OFFICE && role != Role.COMMUNITY) {
            throw new AccessDeniedException("VOTE_SUPERVISE");
        }
    }

    static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw InvalidRequestException.field("reason", "vote.error.reason");
        }
        return why;
    }
}
