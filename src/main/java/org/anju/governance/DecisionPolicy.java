package org.anju.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * When a committee's decision stands and is posted in time (rules.md §2): an owners' committee decides with at
 * least half of all its members (Henan 2017 art. 28), an interim committee with the signatures of more than half
 * of its members (BJ art. 57); only members who may sign count (serving, not on the negative list); the decision
 * is posted within 3 days (the county's setting), counted in calendar days.
 */
record DecisionPolicy(int postingDays) {

    /** What is wrong (empty: the decision stands). members: serving seats; signers: of them, those who signed. */
    List<FieldError> check(CommitteeKind kind, int members, int signers, int ineligibleSigners, LocalDate decidedOn,
                           LocalDate postedOn) {
        List<FieldError> errors = new ArrayList<>();
        if (ineligibleSigners > 0) {
            errors.add(new FieldError("signerIds", "decision.error.cannotSign", ineligibleSigners));
        }
        boolean carried = kind == CommitteeKind.INTERIM ? signers * 2 > members : signers * 2 >= members;
        if (!carried) {
            errors.add(new FieldError("signerIds", kind == CommitteeKind.INTERIM ? "decision.error.interimMajority"
                    : "decision.error.ownersHalf", signers, members));
        }
        if (postedOn.isAfter(decidedOn.plusDays(postingDays))) {
            errors.add(new FieldError("postedOn", "decision.error.postedLate", postingDays));
        }
        return errors;
    }
}
