package org.anju.garbage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan §21: daily clearance (日产日清) and when an estate has sorting in place. */
class GarbageRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aDayWithoutACheckOrNotClearedIsMissedWeekendsIncluded() {
        Map<LocalDate, Boolean> checks = new HashMap<>();
        checks.put(LocalDate.of(2026, 11, 20), true);
        checks.put(LocalDate.of(2026, 11, 21), false); // a Saturday, not cleared
        checks.put(LocalDate.of(2026, 11, 23), true);
        checks.put(LocalDate.of(2026, 11, 24), true);
        assertThat(MissedClearanceDays.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 24), TODAY, checks))
                .containsExactly(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22));
    }

    @Test
    void daysBeforeSortingBeganAndTodayWhileItLastsAreNotMissed() {
        Map<LocalDate, Boolean> none = Map.of();
        assertThat(MissedClearanceDays.between(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 1), TODAY, TODAY, none))
                .containsExactly(LocalDate.of(2026, 11, 24));
        assertThat(MissedClearanceDays.due(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 1), TODAY, TODAY))
                .isEqualTo(2);
        assertThat(MissedClearanceDays.between(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 1), TODAY, TODAY,
                Map.of(TODAY, false))).containsExactly(LocalDate.of(2026, 11, 24), TODAY);
    }

    @Test
    void anEstateThatDoesNotSortOwesNoChecksAndTheFutureIsNeverDue() {
        assertThat(MissedClearanceDays.between(null, TODAY.minusDays(10), TODAY, TODAY, Map.of())).isEmpty();
        assertThat(MissedClearanceDays.due(null, TODAY.minusDays(10), TODAY, TODAY)).isZero();
        assertThat(MissedClearanceDays.due(TODAY.minusDays(3), TODAY.minusDays(10), TODAY.plusDays(30), TODAY))
                .isEqualTo(4);
    }

    @Test
    void sortingIsInPlaceOnlyWithAllFourKindsOfBinsAndAGuide() {
        assertThat(SortingInPlace.holds(SortingStatus.PILOT, 1, 1, 1, 1, 1)).isTrue();
        assertThat(SortingInPlace.holds(SortingStatus.ROLLED_OUT, 6, 4, 1, 6, 2)).isTrue();
        assertThat(SortingInPlace.holds(SortingStatus.PILOT, 6, 4, 0, 6, 2)).isFalse();
        assertThat(SortingInPlace.holds(SortingStatus.PILOT, 6, 4, 1, 6, 0)).isFalse();
        assertThat(SortingInPlace.holds(SortingStatus.NONE, 6, 4, 1, 6, 2)).isFalse();
    }
}
