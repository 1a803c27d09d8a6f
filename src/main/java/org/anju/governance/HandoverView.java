package org.anju.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What handovers, the developer's owner roll and petitions return, shaped for the API and pages. */
public final class HandoverView {

    private HandoverView() {
    }

    /** One checklist line. */
    public record Item(long id, HandoverItemKind kind, String description, BigDecimal amount, boolean handed) {
    }

    /**
     * A committee's or a member's handover: its occasion (the new committee's filing, or the member's leaving),
     * the deadline, both sides' and the township's confirmations, the township's order if it intervened, and
     * whether it is overdue (open past its deadline).
     */
    public record Handover(long id, HandoverKind kind, HandoverStatus status, long committeeId,
                           CommitteeKind committeeKind, Long successorId, Long memberId, String memberName,
                           long estateId, String estateName, String townshipName, String communityName,
                           LocalDate occasionOn, LocalDate dueOn, boolean overdue, String outgoingName,
                           LocalDate outgoingConfirmedOn, String incomingName, LocalDate incomingConfirmedOn,
                           String witnessName, LocalDate witnessedOn, LocalDate intervenedOn, String intervention,
                           LocalDate completedOn, BigDecimal money, List<Item> items) {
    }

    /** The developer's handover of the owner roll and the area records to the township (2 months). */
    public record RollHandover(long id, long estateId, String estateName, String townshipName, String communityName,
                               String developerName, LocalDate triggeredOn, LocalDate dueOn, LocalDate deliveredOn,
                               boolean ownerRoll, boolean areaRecords, String otherMaterials, boolean overdue) {
    }

    /** A temporary meeting or removal asked for, with its support, the township's order and the decision. */
    public record Petition(long id, PetitionKind kind, PetitionStatus status, long committeeId, long estateId,
                           String estateName, String townshipName, String communityName, Proposer proposer,
                           Long memberId, String memberName, long supporters, long base, String reason,
                           LocalDate filedOn, LocalDate orderedOn, String orderText, LocalDate decidedOn,
                           Boolean carried, String result) {
    }
}
