package org.anju.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * Terms and deadlines of a committee (rules.md §2): an owners' committee serves at most 5 years and is
 * filed within 30 days of its election (Henan 2017 arts. 27, 29; BJ art. 56); an interim committee serves at
 * most 3 years and is dissolved within 30 days after an owners' committee of the estate is filed
 * (指导规则 art. 33). Re-election (换届) is due 90 days before the term ends (Henan 2017 art. 30).
 */
record TermPolicy(GovernanceSettings settings) {

    /** Why a term is not allowed, if it is not. */
    Optional<FieldError> check(CommitteeKind kind, LocalDate formedOn, LocalDate termEnd) {
        if (!termEnd.isAfter(formedOn)) {
            return Optional.of(new FieldError("termEnd", "committee.error.termOrder"));
        }
        int years = kind == CommitteeKind.OWNERS ? settings.ownersMaxTermYears() : settings.interimMaxTermYears();
        return termEnd.isAfter(formedOn.plusYears(years))
                ? Optional.of(new FieldError("termEnd", "committee.error.termTooLong", years))
                : Optional.empty();
    }

    /** The day an owners' committee must be filed by (none for an interim one, which the township forms). */
    LocalDate filingDue(CommitteeKind kind, LocalDate formedOn) {
        return kind == CommitteeKind.OWNERS ? formedOn.plusDays(settings.ownersFilingDays()) : null;
    }

    /** Whether re-election is due: from 90 days before the term ends. */
    boolean reelectionDue(LocalDate termEnd, LocalDate today) {
        return !today.isBefore(termEnd.minusDays(settings.reelectionNoticeDays()));
    }

    /** The day an interim committee must be dissolved by, once the owners' committee was filed. */
    LocalDate dissolutionDue(LocalDate ownersFiledOn) {
        return ownersFiledOn.plusDays(settings.interimDissolutionDays());
    }
}
