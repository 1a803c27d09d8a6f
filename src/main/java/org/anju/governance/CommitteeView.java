package org.anju.governance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the governance module returns: records shaped for the API and the pages. */
public final class CommitteeView {

    private CommitteeView() {
    }

    /**
     * One committee in a list, with what the township must act on: re-election due, filing pending, and an
     * owners' committee not filed within its 30 days (filingOverdue).
     */
    public record Committee(long id, long estateId, String estateName, long townshipId, String townshipName,
                            long communityId, String communityName, CommitteeKind kind, CommitteeStatus status,
                            LocalDate formedOn, LocalDate termEnd, LocalDate filingDue, LocalDate filedOn,
                            LocalDate dissolutionDue, String returnReason, int activeMembers, boolean reelectionDue,
                            boolean filingPending, boolean filingOverdue, long areaId, String areaName) {
    }

    /** 委员 */
    public record Member(long id, String name, Long ownerId, MemberRole role, boolean partyMember,
                         boolean fromResidentsCommittee, boolean ownerRepresentative, LocalDate fromDate,
                         LocalDate toDate, MemberStatus status) {
    }

    /**
     * A filed committee as the public sees it: estate, kind, term, filing date and how many members; never the
     * members' names, phones or ID numbers (posted in the estate, not on the web: decision 0022).
     */
    public record PublicCommittee(long id, long estateId, String estateName, String townshipName,
                                  String communityName, CommitteeKind kind, LocalDate formedOn, LocalDate termEnd,
                                  LocalDate filedOn, int members) {
    }

    /** One step of the filing timeline. */
    public record Event(String action, String reason, String actor, OffsetDateTime at) {
    }

    /** 负面清单 entry. */
    public record NegativeEntry(long memberId, String memberName, String reason, LocalDate listedOn) {
    }

    /**
     * 公告 of a suspension or removal; postedUntil is the last day it stays posted (an interim committee's:
     * 10 working days), null where no rule sets one.
     */
    public record Announcement(Long memberId, String kind, String text, LocalDate publishedOn, LocalDate postedUntil) {
    }

    /**
     * 委员会决定: signed by members, posted within 3 days; an interim committee's stays posted until postedUntil
     * (10 working days), an owners' committee's has no set period (null).
     */
    public record Decision(long id, long committeeId, String title, LocalDate decidedOn, LocalDate postedOn,
                           LocalDate postedUntil, List<String> signerNames) {
    }

    /** A committee with its members, timeline, negative list and announcements. */
    public record Detail(Committee committee, List<Member> members, List<Event> timeline,
                         List<NegativeEntry> negativeList, List<Announcement> announcements) {
    }
}
