package org.anju.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anju.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The credit arithmetic, expiry, grade edges, list rules and the objection deadlines, with the default scheme. */
class CreditSchemeTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final CreditScheme SCHEME = CreditScheme.DEFAULT;

    static CreditScheme.Counted event(String points, boolean veto, LocalDate on, int months) {
        return new CreditScheme.Counted(new BigDecimal(points), veto, EventStatus.VALID, on,
                CreditScheme.expiry(on, months));
    }

    @Test
    void theScoreIsTheBasePlusBonusesMinusDeductionsOverTheValidEvents() {
        var r = SCHEME.evaluate(List.of(event("5", false, DAY.minusDays(10), 24), event("0.5", false, DAY, 12),
                event("-2", false, DAY.minusMonths(3), 12), event("-10", false, DAY.minusMonths(1), 24)), DAY);
        assertThat(r.bonuses()).isEqualByComparingTo("5.5");
        assertThat(r.deductions()).isEqualByComparingTo("12");
        assertThat(r.score()).isEqualByComparingTo("73.5");
        assertThat(r.grade()).isEqualTo(Grade.A);
        assertThat(r.list()).isEqualTo(CreditList.NONE);
    }

    @Test
    void anEventStopsCountingOnItsExpiryDayAndAFutureEventDoesNotCountYet() {
        var expiresTomorrow = event("-10", false, DAY.minusMonths(12).plusDays(1), 12);
        var expiresToday = event("-10", false, DAY.minusMonths(12), 12);
        var tomorrow = event("-10", false, DAY.plusDays(1), 12);
        assertThat(expiresTomorrow.countsOn(DAY)).isTrue();
        assertThat(expiresToday.countsOn(DAY)).isFalse();
        assertThat(tomorrow.countsOn(DAY)).isFalse();
        assertThat(SCHEME.evaluate(List.of(expiresTomorrow, expiresToday, tomorrow), DAY).score())
                .isEqualByComparingTo("70");
    }

    @Test
    void aRevokedOrRepairedEventNoLongerCounts() {
        var revoked = new CreditScheme.Counted(new BigDecimal("-30"), true, EventStatus.REVOKED, DAY.minusDays(1),
                DAY.plusYears(5));
        var repaired = new CreditScheme.Counted(new BigDecimal("-15"), false, EventStatus.REPAIRED, DAY.minusDays(1),
                DAY.plusYears(3));
        var r = SCHEME.evaluate(List.of(revoked, repaired), DAY);
        assertThat(r.score()).isEqualByComparingTo("80");
        assertThat(r.veto()).isFalse();
        assertThat(r.list()).isEqualTo(CreditList.NONE);
    }

    @Test
    void gradesChangeExactlyAtTheirCutOffs() {
        assertThat(SCHEME.grade(new BigDecimal("90"))).isEqualTo(Grade.AAA);
        assertThat(SCHEME.grade(new BigDecimal("89.99"))).isEqualTo(Grade.AA);
        assertThat(SCHEME.grade(new BigDecimal("80"))).isEqualTo(Grade.AA);
        assertThat(SCHEME.grade(new BigDecimal("79.99"))).isEqualTo(Grade.A);
        assertThat(SCHEME.grade(new BigDecimal("70"))).isEqualTo(Grade.A);
        assertThat(SCHEME.grade(new BigDecimal("69.99"))).isEqualTo(Grade.B);
        assertThat(SCHEME.grade(new BigDecimal("60"))).isEqualTo(Grade.B);
        assertThat(SCHEME.grade(new BigDecimal("59.99"))).isEqualTo(Grade.C);
        assertThat(SCHEME.grade(new BigDecimal("-20"))).isEqualTo(Grade.C);
    }

    @Test
    void aaaIsRedCOrAnyVetoIsBlackTheRestOnNeitherList() {
        assertThat(CreditScheme.list(Grade.AAA, false)).isEqualTo(CreditList.RED);
        assertThat(CreditScheme.list(Grade.AAA, true)).isEqualTo(CreditList.BLACK);
        assertThat(CreditScheme.list(Grade.AA, true)).isEqualTo(CreditList.BLACK);
        assertThat(CreditScheme.list(Grade.C, false)).isEqualTo(CreditList.BLACK);
        assertThat(CreditScheme.list(Grade.AA, false)).isEqualTo(CreditList.NONE);
        assertThat(CreditScheme.list(Grade.B, false)).isEqualTo(CreditList.NONE);
        // a veto blacklists even a company whose score stays AAA
        var r = SCHEME.evaluate(List.of(event("20", false, DAY, 12), event("-1", true, DAY, 60)), DAY);
        assertThat(r.grade()).isEqualTo(Grade.AAA);
        assertThat(r.list()).isEqualTo(CreditList.BLACK);
    }

    @Test
    void aDishonestyRecordIsPublicForFiveYearsAtMost() {
        assertThat(SCHEME.disclosable(DAY.minusYears(5).plusDays(1), DAY)).isTrue();
        assertThat(SCHEME.disclosable(DAY.minusYears(5), DAY)).isFalse();
        var longer = new CreditScheme(SCHEME.base(), SCHEME.cutAaa(), SCHEME.cutAa(), SCHEME.cutA(), SCHEME.cutB(), 30, 9);
        assertThat(longer.disclosable(DAY.minusYears(5), DAY)).isFalse();
        var shorter = new CreditScheme(SCHEME.base(), SCHEME.cutAaa(), SCHEME.cutAa(), SCHEME.cutA(), SCHEME.cutB(), 30, 2);
        assertThat(shorter.disclosable(DAY.minusYears(3), DAY)).isFalse();
    }

    @Test
    void anObjectionIsAnsweredWithinThreeWorkingDaysOrSevenWhenTheSourceVerifies() {
        WorkingDays days = WorkingDays.weekendsOnly();
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(ObjectionDeadline.due(friday, false, days)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(ObjectionDeadline.due(friday, true, days)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(SCHEME.objectionUntil(friday)).isEqualTo(friday.plusDays(30));
    }
}
