package org.anju.market;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rules.md §1: Civil Code art. 946 (60 days to dismiss), 947 (90 days not to renew), 948 (holdover, 60 days). */
class NoticePolicyTests {

    static final LocalDate NOTICE = LocalDate.of(2026, 3, 1);
    static final LocalDate TERM_END = LocalDate.of(2027, 12, 31);

    @Test
    void dismissalNeedsSixtyDaysNotice() {
        assertThat(NoticePolicy.earliestEnd(TerminationKind.DISMISSAL, NOTICE)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(NoticePolicy.check(TerminationKind.DISMISSAL, NOTICE, LocalDate.of(2026, 4, 30), TERM_END)).isEmpty();
        var refused = NoticePolicy.check(TerminationKind.DISMISSAL, NOTICE, LocalDate.of(2026, 4, 29), TERM_END);
        assertThat(refused).isPresent();
        assertThat(refused.get().field()).isEqualTo("terminatesOn");
        assertThat(refused.get().args()).containsExactly(60, LocalDate.of(2026, 4, 30));
    }

    @Test
    void aCompanyThatWillNotRenewGivesNinetyDaysBeforeTheTermEnds() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertThat(NoticePolicy.check(TerminationKind.NON_RENEWAL, end.minusDays(90), end, end)).isEmpty();
        assertThat(NoticePolicy.check(TerminationKind.NON_RENEWAL, end.minusDays(89), end, end)).isPresent();
    }

    @Test
    void aNonRenewalEndsTheContractAtTheEndOfItsTermOnly() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertThat(NoticePolicy.check(TerminationKind.NON_RENEWAL, NOTICE, end.minusDays(1), end).orElseThrow()
                .messageKey()).isEqualTo("contract.error.nonRenewalAtTermEnd");
    }

    @Test
    void aHoldoverNoticeIsGivenOnlyAfterTheTermAndNeedsSixtyDays() {
        LocalDate end = LocalDate.of(2026, 2, 28);
        assertThat(NoticePolicy.check(TerminationKind.HOLDOVER, end, end.plusDays(60), end).orElseThrow().field())
                .isEqualTo("kind");
        assertThat(NoticePolicy.check(TerminationKind.HOLDOVER, NOTICE, NOTICE.plusDays(60), end)).isEmpty();
        assertThat(NoticePolicy.check(TerminationKind.HOLDOVER, NOTICE, NOTICE.plusDays(59), end)).isPresent();
    }

    @Test
    void aCompanyStillOnSiteAfterTheTerminationDayIsCountedFromTheNextDay() {
        LocalDate ends = LocalDate.of(2026, 6, 30);
        assertThat(NoticePolicy.overstayDays(ends, null, ends)).isZero();
        assertThat(NoticePolicy.overstayDays(ends, null, ends.plusDays(1))).isEqualTo(1);
        assertThat(NoticePolicy.overstayDays(ends, ends.plusDays(3), ends.plusDays(10))).isZero();
    }
}
