package org.anju.governance;

import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * Who may make up a committee, checked when it is submitted for filing (rules.md §2).
 * OWNERS: 5–11 members, an odd number (Henan 2017 art. 26, BJ art. 55). INTERIM: at least 7, odd,
 * owner representatives at least half, the chair from the residents' committee (指导规则 arts. 31–32,
 * BJ art. 59). Counts only ACTIVE members; both kinds need exactly one chair.
 */
record CompositionPolicy(GovernanceSettings settings) {

    /** The part of a member the rules look at. */
    record Seat(MemberRole role, boolean ownerRepresentative, boolean fromResidentsCommittee) {
    }

    /** What is wrong with these active members (empty: fit to file). */
    List<FieldError> check(CommitteeKind kind, List<Seat> seats) {
        List<FieldError> errors = new ArrayList<>();
        int n = seats.size();
        if (kind == CommitteeKind.OWNERS && (n < settings.ownersMinMembers() || n > settings.ownersMaxMembers())) {
            errors.add(new FieldError("members", "committee.error.ownersSize", settings.ownersMinMembers(),
                    settings.ownersMaxMembers(), n));
        }
        if (kind == CommitteeKind.INTERIM && n < settings.interimMinMembers()) {
            errors.add(new FieldError("members", "committee.error.interimSize", settings.interimMinMembers(), n));
        }
        if (n % 2 == 0) {
            errors.add(new FieldError("members", "committee.error.odd", n));
        }
        List<Seat> chairs = seats.stream().filter(s -> s.role() == MemberRole.CHAIR).toList();
        if (chairs.size() != 1) {
            errors.add(new FieldError("members", "committee.error.oneChair", chairs.size()));
        }
        if (kind == CommitteeKind.INTERIM) {
            long owners = seats.stream().filter(Seat::ownerRepresentative).count();
            if (owners * 2 < n) {
                errors.add(new FieldError("members", "committee.error.ownerHalf", owners, n));
            }
            if (chairs.size() == 1 && !chairs.get(0).fromResidentsCommittee()) {
                errors.add(new FieldError("members", "committee.error.chairResidents"));
            }
        }
        return errors;
    }
}
