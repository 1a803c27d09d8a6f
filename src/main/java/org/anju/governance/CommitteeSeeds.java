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

    CommitteeSeeds(CommitteeStore store, Committees committees) {
        this.store = store;
        this.committees = committees;
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
