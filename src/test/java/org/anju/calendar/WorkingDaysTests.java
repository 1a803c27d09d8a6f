package org.anju.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counting convention of rules.md §8 on the official 2026 calendar. */
class WorkingDaysTests {

    static final WorkingDays Y2026 = new WorkingDays(List.of(
            holiday("2026-01-01"), holiday("2026-01-02"), holiday("2026-01-03"), workday("2026-01-04"),
            workday("2026-02-14"), holiday("2026-02-16"), holiday("2026-02-17"), holiday("2026-02-18"),
            holiday("2026-02-19"), holiday("2026-02-20"), holiday("2026-02-23"), workday("2026-02-28"),
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-05"), holiday("2026-10-06"),
            holiday("2026-10-07"), workday("2026-09-20"), workday("2026-10-10")), Set.of(2026));

    @Test
    void aFridayReceiptWithOneWorkingDayIsDueOnMonday() {
        assertThat(Y2026.deadline(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09"));
    }

    @Test
    void theDayOfReceiptNeverCountsEvenWhenItIsAWorkingDay() {
        assertThat(Y2026.deadline(d("2026-03-09"), 1)).isEqualTo(d("2026-03-10"));
        assertThat(Y2026.deadline(d("2026-03-09"), 0)).isEqualTo(d("2026-03-09"));
    }

    @Test
    void aMakeUpSundayCountsAndNewYearHolidaysDoNot() {
        // received 2025-12-31 (Wed): 01-01..03 off, Sunday 01-04 worked, so day 1 = 01-04, day 2 = 01-05
        assertThat(Y2026.deadline(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(Y2026.deadline(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
    }

    @Test
    void threeWorkingDaysAcrossNationalDayIncludeTheMakeUpDays() {
        // received Fri 09-18: Sun 09-20 worked (1), Mon 09-21 (2), Tue 09-22 (3)
        assertThat(Y2026.deadline(d("2026-09-18"), 3)).isEqualTo(d("2026-09-22"));
        // received Wed 09-30: 10-01..07 off, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 worked (3)
        assertThat(Y2026.deadline(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
    }

    @Test
    void springFestivalSkipsNineDays() {
        // received Fri 02-13: Sat 02-14 worked (1), 02-15..23 off, Tue 02-24 (2)
        assertThat(Y2026.deadline(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        assertThat(Y2026.isWorkingDay(d("2026-02-28"))).isTrue();
        assertThat(Y2026.isWorkingDay(d("2026-02-23"))).isFalse();
    }

    @Test
    void betweenCountsTheWorkingDaysAfterTheFirstDateUpToTheSecond() {
        assertThat(Y2026.between(d("2026-03-06"), d("2026-03-09"))).isEqualTo(1);
        assertThat(Y2026.between(d("2026-03-09"), d("2026-03-09"))).isZero();
        assertThat(Y2026.between(d("2026-03-10"), d("2026-03-09"))).isZero();
        assertThat(Y2026.between(d("2026-09-30"), Y2026.deadline(d("2026-09-30"), 3))).isEqualTo(3);
    }

    @Test
    void aYearNobodyEnteredCountsWeekendsOnly() {
        assertThat(Y2026.knows(2026)).isTrue();
        assertThat(Y2026.knows(2027)).isFalse();
        assertThat(Y2026.isWorkingDay(d("2027-01-01"))).as("not entered: a Friday like any other").isTrue();
        assertThat(WorkingDays.weekendsOnly().deadline(d("2026-10-01"), 1)).isEqualTo(d("2026-10-02"));
    }

    @Test
    void onOrAfterMovesAHolidayToTheNextWorkingDay() {
        assertThat(Y2026.onOrAfter(d("2026-10-03"))).isEqualTo(d("2026-10-08"));
        assertThat(Y2026.onOrAfter(d("2026-10-08"))).isEqualTo(d("2026-10-08"));
    }

    @Test
    void aNegativePeriodIsRefused() {
        assertThatThrownBy(() -> Y2026.deadline(d("2026-03-09"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    static SpecialDay holiday(String day) {
        return new SpecialDay(d(day), DayKind.HOLIDAY, "节假日");
    }

    static SpecialDay workday(String day) {
        return new SpecialDay(d(day), DayKind.WORKDAY, "调休上班");
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
