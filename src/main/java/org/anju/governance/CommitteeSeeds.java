package org.anju.governance;

import java.time.LocalDate;
import java.util.List;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.internal.CommitteeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes committees as they stand, without a signed-in caller: for the demo data only (the demo
 * loader is the system, not a person), so it bypasses jurisdiction and is not audited.
 */
@Service
public class CommitteeSeeds {

    /** A committee as it stands: its members, and whether its filing was accepted (on filedOn). */
    public record Seed(long estateId, CommitteeKind kind, CommitteeStatus status, LocalDate formedOn,
                       LocalDate termEnd, LocalDate filedOn, List<Member> members, String suspensionReason) {
    }

    private final CommitteeStore store;
    private final Committees committees;
    private final org.anju.governance.internal.HandoverStore handovers;
    private final org.anju.governance.internal.PetitionStore petitions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CommitteeSeeds(CommitteeStore store, Committees committees, org.anju.governance.internal.HandoverStore handovers,
                   org.anju.governance.internal.PetitionStore petitions,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.store = store;
        this.committees = committees;
        this.handovers = handovers;
        this.petitions = petitions;
        this.jdbc = jdbc;
    }

    /**
     * Handovers and a removal proposal midway: on the given estate's filed owners' committee a member who left
     * yesterday is handing over (the outgoing side confirmed, the keys still missing) and a quarter of the owners
     * propose removing another member; on the next filed owners' committee among the estates a member who left
     * nine days ago has not handed over (overdue on the township's to-do list).
     */
    @Transactional
    public void handoversAndPetition(long estateId, List<Long> otherEstates, LocalDate today) {
        GovernanceSettings settings = committees.settings();
        HandoverDeadlines deadlines = new HandoverDeadlines(settings);
        java.util.Optional<Long> own = filedOwners(List.of(estateId));
        own.ifPresent(c -> {
            List<Member> members = store.members(c);
            Member leaving = members.get(members.size() - 1);
            store.memberStatus(leaving.id(), MemberStatus.REMOVED, today.minusDays(1));
            store.event(c, "MEMBER_REMOVED", leaving.name() + ": 辞去委员职务", "demo");
            handovers.insert(c, HandoverKind.MEMBER, null, leaving.id(), today.minusDays(1),
                    deadlines.due(HandoverKind.MEMBER, today.minusDays(1))).ifPresent(h -> {
                        handovers.replaceItems(h, List.of(
                                new HandoverView.Item(0, HandoverItemKind.RECORDS, "2025 年度会议记录", null, true),
                                new HandoverView.Item(0, HandoverItemKind.MONEY, "代管公共收益现金", new java.math.BigDecimal("3260.00"), true),
                                new HandoverView.Item(0, HandoverItemKind.KEYS, "业委会办公室钥匙 2 把", null, false)));
                        handovers.update(h, "outgoing_name = :n, outgoing_confirmed_on = :on",
                                java.util.Map.of("n", leaving.name(), "on", today));
                    });
            long households = jdbc.sql("select count(*) from reg_house where estate_id = ?").param(estateId)
                    .query(Long.class).single();
            Member target = members.get(members.size() - 2);
            petitions.insert(c, PetitionKind.REMOVAL, Proposer.OWNERS, target.id(), (households + 3) / 4, households,
                    "长期不参加业委会会议, 不履行委员职责", today.minusDays(3));
            store.event(c, "PETITION_REMOVAL", "长期不参加业委会会议", "demo");
        });
        filedOwners(otherEstates.stream().filter(e -> e != estateId).toList()).ifPresent(c -> {
            List<Member> members = store.members(c);
            Member leaving = members.get(members.size() - 1);
            store.memberStatus(leaving.id(), MemberStatus.REMOVED, today.minusDays(9));
            store.event(c, "MEMBER_REMOVED", leaving.name() + ": 迁出本小区", "demo");
            handovers.insert(c, HandoverKind.MEMBER, null, leaving.id(), today.minusDays(9),
                    deadlines.due(HandoverKind.MEMBER, today.minusDays(9)));
        });
    }

    private java.util.Optional<Long> filedOwners(List<Long> estateIds) {
        if (estateIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("""
                        select id from gov_committee where estate_id in (:ids) and kind = 'OWNERS' and status = 'FILED'
                        order by id limit 1""").param("ids", estateIds).query(Long.class).optional();
    }

    /** Writes the seeds; a member listed with status SUSPENDED gets a negative-list entry and announcement. */
    @Transactional
    public void seed(List<Seed> seeds) {
        TermPolicy terms = new TermPolicy(committees.settings());
        for (Seed s : seeds) {
            long id = store.insert(s.estateId(), s.kind(), s.formedOn(), s.termEnd(),
                    terms.filingDue(s.kind(), s.formedOn()), s.status());
            store.event(id, "FORMED", null, "demo");
            if (s.status() != CommitteeStatus.DRAFT) {
                store.event(id, "SUBMITTED", null, "demo");
            }
            if (s.filedOn() != null) {
                store.update(id, "filed_on = :on", java.util.Map.of("on", s.filedOn()));
                store.event(id, "ACCEPTED", null, "demo");
            }
            for (Member m : s.members()) {
                long member = store.insertMember(id, m);
                if (m.status() == MemberStatus.SUSPENDED) {
                    store.negativeEntry(id, member, s.suspensionReason(), s.formedOn().plusMonths(6));
                    store.announce(id, member, "SUSPENDED", "委员 " + m.name() + " 列入负面清单, 暂停履职: "
                            + s.suspensionReason(), s.formedOn().plusMonths(6));
                }
            }
        }
    }
}
