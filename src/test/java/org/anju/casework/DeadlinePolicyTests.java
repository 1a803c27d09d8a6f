package org.anju.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anju.calendar.DayKind;
import org.anju.calendar.SpecialDay;
import org.anju.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Time limits of rules.md §7 counted on the 2026 calendar of rules.md §8, in Asia/Shanghai. */
class DeadlinePolicyTests {

    static final WorkingDays Y2026 = new WorkingDays(List.of(
            holiday("2026-09-25"), holiday("2026-09-26"), holiday("2026-09-27"), workday("2026-09-20"),
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-03"), holiday("2026-10-04"),
            holiday("2026-10-05"), holiday("2026-10-06"), holiday("2026-10-07"), workday("2026-10-10")),
            Set.of(2026));

    static final List<DeadlinePolicy.Rule> DEFAULTS = List.of(
            new DeadlinePolicy.Rule(null, Urgency.URGENT, 2, DeadlineUnit.HOURS, true),
            new DeadlinePolicy.Rule(null, Urgency.GENERAL, 7, DeadlineUnit.WORKING_DAYS, true),
            new DeadlinePolicy.Rule(null, Urgency.COMPLEX, 15, DeadlineUnit.WORKING_DAYS, true),
            new DeadlinePolicy.Rule("WATER", Urgency.GENERAL, 24, DeadlineUnit.HOURS, true));

    @Test
    void anUrgentCaseIsDueTwoHoursLaterEvenAtNightOnASunday() {
        Instant received = Instant.parse("2026-11-22T15:30:00Z"); // Sunday 23:30 in Taiqian
        assertThat(due(received, "FIRE_LANE", Urgency.URGENT)).isEqualTo(Instant.parse("2026-11-22T17:30:00Z"));
    }

    @Test
    void aGeneralCaseReceivedOnFridayEveningSkipsTwoWeekends() {
        // Friday 2026-11-20 21:00 Shanghai: day 1 = Mon 23rd ... day 5 = Fri 27th, day 6 = Mon 30th, day 7 = Tue 1 Dec
        Instant received = Instant.parse("2026-11-20T13:00:00Z");
        assertThat(due(received, "NOISE", Urgency.GENERAL)).isEqualTo(end("2026-12-01"));
    }

    @Test
    void aGeneralCaseAcrossMidAutumnAndNationalDayCountsTheMakeUpSaturday() {
        // Thu 09-24: 25-27 off, 28/29/30 = 1-3, 10-01..07 off, 08/09 = 4-5, Sat 10-10 worked = 6, Mon 10-12 = 7
        Instant received = Instant.parse("2026-09-24T02:00:00Z");
        assertThat(due(received, "NOISE", Urgency.GENERAL)).isEqualTo(end("2026-10-12"));
    }

    @Test
    void aReceiptJustAfterMidnightInTaiqianCountsFromThatDayNotTheUtcOne() {
        // 2026-11-19T16:30Z is Friday 00:30 in Taiqian: the day of receipt is Friday
        assertThat(due(Instant.parse("2026-11-19T16:30:00Z"), "NOISE", Urgency.GENERAL)).isEqualTo(end("2026-12-01"));
    }

    @Test
    void aUtilityHasItsOwnLimitAndOtherCategoriesTheCountyWideOne() {
        assertThat(DeadlinePolicy.pick(DEFAULTS, "WATER", Urgency.GENERAL).amount()).isEqualTo(24);
        assertThat(DeadlinePolicy.pick(DEFAULTS, "WATER", Urgency.COMPLEX).amount()).isEqualTo(15);
        assertThat(DeadlinePolicy.pick(DEFAULTS, "NOISE", Urgency.GENERAL).unit()).isEqualTo(DeadlineUnit.WORKING_DAYS);
    }

    @Test
    void theWarningComesAtThreeQuartersOfTheTime() {
        Instant received = Instant.parse("2026-11-22T00:00:00Z");
        assertThat(DeadlinePolicy.warnAt(received, received.plusSeconds(4 * 3600)))
                .isEqualTo(received.plusSeconds(3 * 3600));
    }

    static Instant due(Instant received, String category, Urgency urgency) {
        return DeadlinePolicy.due(received, DeadlinePolicy.pick(DEFAULTS, category, urgency), Y2026);
    }

    static Instant end(String day) {
        return LocalDate.parse(day).atTime(23, 59, 59).atZone(DeadlinePolicy.ZONE).toInstant();
    }

    static SpecialDay holiday(String d) {
        return new SpecialDay(LocalDate.parse(d), DayKind.HOLIDAY, "节");
    }

    static SpecialDay workday(String d) {
        return new SpecialDay(LocalDate.parse(d), DayKind.WORKDAY, "班");
    }
}
