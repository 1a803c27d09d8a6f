package org.anju.market;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rules.md §2: a contract is filed within 15 days of signing (Art. 49); renewal is decided 3 months ahead (Art. 51). */
class ContractTermsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aContractSignedOnTheFirstIsDueForFilingOnTheSixteenth() {
        assertThat(ContractTerms.filingDue(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void filingOnTheFifteenthDayIsInTimeAndOnTheSixteenthLate() {
        LocalDate signed = LocalDate.of(2026, 3, 1);
        assertThat(ContractTerms.filedLate(signed, LocalDate.of(2026, 3, 16))).isFalse();
        assertThat(ContractTerms.filedLate(signed, LocalDate.of(2026, 3, 17))).isTrue();
    }

    @Test
    void theFilingPeriodRunsInCalendarDaysAcrossAHoliday() {
        // National Day 2026: 10-01 to 10-07 are days off; Art. 49 counts days, not working days
        assertThat(ContractTerms.filingDue(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void theExpiryReminderOpensThreeMonthsBeforeTheLastDay() {
        LocalDate ends = LocalDate.of(2027, 2, 25);
        assertThat(ContractTerms.reminderFrom(ends)).isEqualTo(TODAY);
        assertThat(ContractTerms.expiring(ends, TODAY)).isTrue();
        assertThat(ContractTerms.expiring(ends, TODAY.minusDays(1))).isFalse();
        assertThat(ContractTerms.expiring(ends, ends)).isTrue();
        assertThat(ContractTerms.expiring(ends, ends.plusDays(1))).isFalse();
    }

    @Test
    void aContractEndingAtMonthEndIsRemindedFromTheShorterMonthsLastDay() {
        assertThat(ContractTerms.reminderFrom(LocalDate.of(2027, 5, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        var errors = ContractTerms.check(TODAY, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31), TODAY);
        assertThat(errors).extracting(e -> e.field() + " " + e.messageKey())
                .containsExactly("endsOn contract.error.endBeforeStart");
    }

    @Test
    void aOneDayTermIsAccepted() {
        assertThat(ContractTerms.check(TODAY, TODAY, TODAY, TODAY)).isEmpty();
    }

    @Test
    void missingDatesAndASignatureInTheFutureAreNamed() {
        assertThat(ContractTerms.check(null, null, null, TODAY)).extracting(e -> e.field())
                .containsExactly("signedOn", "startsOn", "endsOn");
        assertThat(ContractTerms.check(TODAY.plusDays(1), TODAY.plusDays(1), TODAY.plusYears(1), TODAY))
                .extracting(e -> e.messageKey()).containsExactly("contract.error.signedInFuture");
    }
}
