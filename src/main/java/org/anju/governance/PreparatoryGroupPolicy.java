package org.anju.governance;

import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * Who makes up the preparatory group (筹备组) of the first owners' assembly (rules.md §2, Henan 2017 art. 20):
 * owners are at least half of the members, and the group is chaired by an official of the street office or
 * township; exactly one chair.
 */
final class PreparatoryGroupPolicy {

    private PreparatoryGroupPolicy() {
    }

    /** The part of a member the rule looks at. */
    record Seat(GroupMemberKind kind, boolean chair) {
    }

    /** What is wrong with these members (empty: the group may be formed). */
    static List<FieldError> check(List<Seat> seats) {
        List<FieldError> errors = new ArrayList<>();
        int n = seats.size();
        if (n == 0) {
            errors.add(new FieldError("members", "assembly.error.groupEmpty"));
            return errors;
        }
        long owners = seats.stream().filter(s -> s.kind() == GroupMemberKind.OWNER).count();
        if (owners * 2 < n) {
            errors.add(new FieldError("members", "assembly.error.groupOwnerHalf", owners, n));
        }
        List<Seat> chairs = seats.stream().filter(Seat::chair).toList();
        if (chairs.size() != 1) {
            errors.add(new FieldError("members", "assembly.error.groupOneChair", chairs.size()));
        } else if (chairs.get(0).kind() != GroupMemberKind.TOWNSHIP_OFFICIAL) {
            errors.add(new FieldError("members", "assembly.error.groupChairOfficial"));
        }
        return errors;
    }
}
