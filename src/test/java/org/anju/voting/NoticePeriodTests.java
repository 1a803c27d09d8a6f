package org.anju.voting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticePeriodTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void votingOpensOnThePostingDayPlusTheMinimumAndNotADayEarlier() {
        NoticePeriod p = new NoticePeriod(15);
        LocalDate posted = LocalDate.of(2026, 11, 1);
        assertThat(p.earliestOpening(posted)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(p.allows(posted, ZonedDateTime.of(2026, 11, 16, 0, 0, 0, 0, SHANGHAI))).isTrue();
        assertThat(p.allows(posted, ZonedDateTime.of(2026, 11, 15, 23, 59, 59, 0, SHANGHAI))).isFalse();
        assertThat(p.allows(posted, ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, SHANGHAI))).isTrue();
    }

    @Test
    void theDayIsShanghaisWhateverTheOffsetTheOpeningIsGivenIn() {
        NoticePeriod p = new NoticePeriod(15);
        LocalDate posted = LocalDate.of(2026, 11, 1);
        // 2026-11-15 16:30 UTC is 2026-11-16 00:30 in Shanghai: allowed
        assertThat(p.allows(posted, ZonedDateTime.of(2026, 11, 15, 16, 30, 0, 0, ZoneId.of("UTC")))).isTrue();
        // 2026-11-15 15:30 UTC is 2026-11-15 23:30 in Shanghai: one day short
        assertThat(p.allows(posted, ZonedDateTime.of(2026, 11, 15, 15, 30, 0, 0, ZoneId.of("UTC")))).isFalse();
    }

    @Test
    void aZeroPeriodAllowsTheSameDayAndANegativeOneIsNotAPeriod() {
        assertThat(new NoticePeriod(0).allows(LocalDate.of(2026, 11, 1),
                ZonedDateTime.of(2026, 11, 1, 8, 0, 0, 0, SHANGHAI))).isTrue();
        assertThatThrownBy(() -> new NoticePeriod(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
