package org.anju.governance;

import java.time.LocalDate;
import org.anju.platform.InvalidRequestException.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rules.md §2: terms, the 30-day filing, the 90-day re-election notice and the interim's dissolution. */
class TermPolicyTests {

    final TermPolicy policy = new TermPolicy(GovernanceSettings.DEFAULTS);
    final LocalDate formed = LocalDate.of(2026, 3, 1);

    @Test
    void anOwnersCommitteeMayServeFiveYearsToTheDayButNotOneDayMore() {
        assertThat(policy.check(CommitteeKind.OWNERS, formed, formed.plusYears(5))).isEmpty();
        assertThat(policy.check(CommitteeKind.OWNERS, formed, formed.plusYears(5).plusDays(1)))
                .map(FieldError::messageKey).contains("committee.error.termTooLong");
    }

    @Test
    void anInterimCommitteeMayServeThreeYearsButNotFour() {
        assertThat(policy.check(CommitteeKind.INTERIM, formed, formed.plusYears(3))).isEmpty();
        assertThat(policy.check(CommitteeKind.INTERIM, formed, formed.plusYears(3).plusDays(1))).isPresent();
    }

    @Test
    void aTermEndingOnOrBeforeTheDayFormedIsRefused() {
        assertThat(policy.check(CommitteeKind.OWNERS, formed, formed)).map(FieldError::messageKey)
                .contains("committee.error.termOrder");
    }

    @Test
    void anOwnersCommitteeIsFiledWithinThirtyDaysAndAnInterimOneHasNoFilingDeadline() {
        assertThat(policy.filingDue(CommitteeKind.OWNERS, formed)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(policy.filingDue(CommitteeKind.INTERIM, formed)).isNull();
    }

    @Test
    void reelectionIsDueFromNinetyDaysBeforeTheTermEnds() {
        LocalDate end = LocalDate.of(2031, 3, 1);
        assertThat(policy.reelectionDue(end, end.minusDays(91))).isFalse();
        assertThat(policy.reelectionDue(end, end.minusDays(90))).isTrue();
        assertThat(policy.reelectionDue(end, end.plusDays(1))).isTrue();
    }

    @Test
    void anInterimCommitteeIsDissolvedWithinThirtyDaysOfTheOwnersFiling() {
        assertThat(policy.dissolutionDue(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 14));
    }
}
