package org.anju.governance;

import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * Who may ask for what (rules.md §2, Henan 2017 arts. 24–33): a temporary meeting (临时会议) on the request of at
 * least 20% of the owners or by the owners' committee; a member's removal (罢免) proposed by at least 20% of the
 * owners or at least a third of the committee's serving members. Owners count one per house as the register
 * holds them. The shares are the county's settings; exactly the share suffices.
 */
record PetitionPolicy(GovernanceSettings settings) {

    /**
     * What is wrong with a petition: owners is the estate's number of owners, serving the committee's serving
     * members, supporters how many owners or members signed (ignored for a committee's own request).
     */
    List<FieldError> check(PetitionKind kind, Proposer proposer, long supporters, long owners, long serving) {
        List<FieldError> errors = new ArrayList<>();
        boolean allowed = proposer == Proposer.OWNERS
                || kind == PetitionKind.TEMPORARY_MEETING && proposer == Proposer.COMMITTEE
                || kind == PetitionKind.REMOVAL && proposer == Proposer.MEMBERS;
        if (!allowed) {
            errors.add(new FieldError("proposer", "petition.error.proposer"));
            return errors;
        }
        if (proposer == Proposer.OWNERS) {
            int percent = kind == PetitionKind.TEMPORARY_MEETING ? settings.temporaryMeetingOwnerPercent()
                    : settings.removalOwnerPercent();
            if (owners == 0 || supporters * 100 < owners * percent) {
                errors.add(new FieldError("supporters", "petition.error.owners", percent, owners,
                        (owners * percent + 99) / 100));
            }
        } else if (proposer == Proposer.MEMBERS) {
            int divisor = settings.removalMemberDivisor();
            if (serving == 0 || supporters * divisor < serving) {
                errors.add(new FieldError("supporters", "petition.error.members", divisor, serving,
                        (serving + divisor - 1) / divisor));
            }
        }
        return errors;
    }
}
