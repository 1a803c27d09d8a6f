package org.anju.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.anju.tender.TenderView.Bid;
import org.anju.tender.TenderView.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring scheme, the bid window, the panel draw and the ranking, at their edges. */
class TenderRulesTests {

    @Test
    void weightsMustSumToExactlyOneHundred() {
        assertThat(ScoringScheme.check(List.of(new ScoringScheme.Weight("报价", 40),
                new ScoringScheme.Weight("方案", 60)))).isEmpty();
        assertThat(ScoringScheme.check(List.of(new ScoringScheme.Weight("报价", 40),
                new ScoringScheme.Weight("方案", 59)))).extracting(e -> e.messageKey())
                .containsExactly("tender.error.weightSum");
        assertThat(ScoringScheme.check(List.of(new ScoringScheme.Weight("报价", 100)))).extracting(e -> e.field())
                .containsExactly("criteria");
        assertThat(ScoringScheme.check(List.of(new ScoringScheme.Weight("报价", 50),
                new ScoringScheme.Weight("报价", 50)))).extracting(e -> e.field()).containsExactly("criteria[1].name");
        assertThat(ScoringScheme.check(List.of(new ScoringScheme.Weight("报价", 0),
                new ScoringScheme.Weight("方案", 100)))).extracting(e -> e.field()).containsExactly("criteria[0].weight");
    }

    @Test
    void aBidAtTheDeadlineIsLateAndOneASecondBeforeIsOnTime() {
        Instant deadline = Instant.parse("2026-12-01T01:00:00Z");
        assertThat(BidWindow.accepts(deadline, deadline.minusSeconds(1))).isTrue();
        assertThat(BidWindow.accepts(deadline, deadline)).isFalse();
        assertThat(BidWindow.mayOpen(deadline, deadline)).isTrue();
        assertThat(BidWindow.mayOpen(deadline, deadline.minusSeconds(1))).isFalse();
    }

    @Test
    void aConflictedExpertIsNeverDrawnWhateverTheSeed() {
        List<Long> pool = LongStream.rangeClosed(1, 9).boxed().toList();
        Set<Long> conflicted = Set.of(3L, 7L);
        for (long seed = 0; seed < 2_000; seed++) {
            List<Long> panel = PanelDraw.draw(pool, conflicted, 5, seed);
            assertThat(panel).hasSize(5).doesNotHaveDuplicates().doesNotContainAnyElementsOf(conflicted);
        }
    }

    @Test
    void theDrawIsReproducibleFromItsSeedAndRefusedWhenTooFewExpertsAreFree() {
        List<Long> pool = LongStream.rangeClosed(1, 9).boxed().toList();
        assertThat(PanelDraw.draw(pool, Set.of(), 5, 42)).isEqualTo(PanelDraw.draw(pool, Set.of(), 5, 42));
        assertThat(PanelDraw.draw(pool, Set.of(1L, 2L, 3L, 4L, 5L), 5, 42)).isEmpty();
        assertThat(PanelDraw.draw(pool, Set.of(1L, 2L, 3L, 4L), 5, 42)).containsExactlyInAnyOrder(5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void theHighestMeanScoreWinsAndATieGoesToTheLowerPrice() {
        List<Score> scores = List.of(new Score(1, 10, 100, new BigDecimal("30")), new Score(1, 10, 101, new BigDecimal("50")),
                new Score(2, 10, 100, new BigDecimal("31")), new Score(2, 10, 101, new BigDecimal("50")),
                new Score(1, 11, 100, new BigDecimal("40")), new Score(1, 11, 101, new BigDecimal("40.5")),
                new Score(2, 11, 100, new BigDecimal("40")), new Score(2, 11, 101, new BigDecimal("40.5")),
                new Score(1, 12, 100, new BigDecimal("30")), new Score(1, 12, 101, new BigDecimal("50")),
                new Score(2, 12, 100, new BigDecimal("31")), new Score(2, 12, 101, new BigDecimal("50")));
        var totals = Ranking.scores(scores, 2);
        assertThat(totals.get(10L)).isEqualByComparingTo("80.50");
        assertThat(totals.get(11L)).isEqualByComparingTo("80.50");
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        List<Bid> ranked = Ranking.rank(List.of(
                new Bid(10, 1, "甲", t, "", new BigDecimal("1.50"), "", totals.get(10L)),
                new Bid(11, 2, "乙", t, "", new BigDecimal("1.20"), "", totals.get(11L)),
                new Bid(12, 3, "丙", t.minusSeconds(1), "", new BigDecimal("1.20"), "", totals.get(12L))));
        assertThat(ranked).extracting(Bid::id).containsExactly(12L, 11L, 10L);
    }
}
