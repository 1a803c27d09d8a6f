package org.anju.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.platform.InvalidRequestException.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The score arithmetic, veto items and star thresholds at their edges (decision 0018). */
class StarScoreTests {

    static final List<BigDecimal> THRESHOLDS = DefaultStandard.THRESHOLDS;

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** The default standard with ids 1.. by position. */
    static RatingStandard standard() {
        List<RatingStandard.Item> items = new ArrayList<>();
        DefaultStandard.standard().items().forEach(i -> items.add(new RatingStandard.Item(i.position(), i.position(),
                i.section(), i.name(), i.maxScore(), i.method(), i.veto())));
        RatingStandard s = DefaultStandard.standard();
        return new RatingStandard(1, 1, s.title(), true, s.townshipWeight(), s.thresholds(), items, null, null);
    }

    static Map<Long, BigDecimal> full(RatingStandard s) {
        Map<Long, BigDecimal> points = new HashMap<>();
        s.scored().forEach(i -> points.put(i.id(), i.maxScore()));
        return points;
    }

    @Test
    void theDefaultStandardIsWorthOneHundredPointsWithThreeVetoItemsAndIsValid() {
        RatingStandard s = standard();
        assertThat(s.total()).isEqualByComparingTo("100");
        assertThat(s.vetoes()).hasSize(3);
        assertThat(s.sections()).startsWith("综合管理").contains("保洁", "绿化", "客户服务");
        assertThat(StarScore.check(s)).isEmpty();
    }

    @Test
    void aStarNeedsItsThresholdExactlyAndATenthLessIsTheStarBelow() {
        assertThat(StarScore.star(d("95.0"), THRESHOLDS, false)).isEqualTo(5);
        assertThat(StarScore.star(d("94.9"), THRESHOLDS, false)).isEqualTo(4);
        assertThat(StarScore.star(d("88"), THRESHOLDS, false)).isEqualTo(4);
        assertThat(StarScore.star(d("87.9"), THRESHOLDS, false)).isEqualTo(3);
        assertThat(StarScore.star(d("80"), THRESHOLDS, false)).isEqualTo(3);
        assertThat(StarScore.star(d("70"), THRESHOLDS, false)).isEqualTo(2);
        assertThat(StarScore.star(d("60.0"), THRESHOLDS, false)).isEqualTo(1);
        assertThat(StarScore.star(d("59.9"), THRESHOLDS, false)).isZero();
        assertThat(StarScore.star(d("100"), THRESHOLDS, false)).isEqualTo(5);
        assertThat(StarScore.star(d("0"), THRESHOLDS, false)).isZero();
    }

    @Test
    void aVetoWithholdsTheStarEvenAtFullMarks() {
        assertThat(StarScore.star(d("100"), THRESHOLDS, true)).isZero();
    }

    @Test
    void theFinalScoreWeighsTheTownshipFortyAndTheExpertsMeanSixtyRoundedHalfUp() {
        // 0.4 × 80 + 0.6 × mean(90, 91, 92) = 32 + 54.6 = 86.6
        assertThat(StarScore.combine(d("80"), List.of(d("90"), d("91"), d("92")), 40)).isEqualByComparingTo("86.6");
        // 0.4 × 80.1 + 0.6 × 90.0 = 32.04 + 54 = 86.04 → 86.0
        assertThat(StarScore.combine(d("80.1"), List.of(d("90")), 40)).isEqualByComparingTo("86.0");
        // 0.4 × 80.3 + 0.6 × 90.1 = 32.12 + 54.06 = 86.18 → 86.2
        assertThat(StarScore.combine(d("80.3"), List.of(d("90.1")), 40)).isEqualByComparingTo("86.2");
        // exactly half: 0.5 × 80.0 + 0.5 × 80.1 = 80.05 → 80.1 (half up)
        assertThat(StarScore.combine(d("80.0"), List.of(d("80.1")), 50)).isEqualByComparingTo("80.1");
        // the experts' mean is not rounded before weighing: mean(88, 88, 89) = 88.333…, 0.6 × that = 53
        assertThat(StarScore.combine(d("0"), List.of(d("88"), d("88"), d("89")), 40)).isEqualByComparingTo("53.0");
        assertThat(StarScore.combine(d("70"), List.of(d("90")), 0)).isEqualByComparingTo("90.0");
        assertThat(StarScore.combine(d("70"), List.of(d("90")), 100)).isEqualByComparingTo("70.0");
    }

    @Test
    void aSheetNeedsEveryScoredItemWithinZeroAndItsMaximumInTenths() {
        RatingStandard s = standard();
        Map<Long, BigDecimal> points = full(s);
        assertThat(StarScore.check(s, points)).isEmpty();
        assertThat(StarScore.total(points)).isEqualByComparingTo("100");

        points.put(1L, d("8.1"));   // item 1 is worth 8
        points.put(2L, d("-0.1"));
        points.put(3L, d("5.55"));
        points.remove(4L);
        points.put(14L, d("0"));    // a veto item takes no points
        List<FieldError> errors = StarScore.check(s, points);
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("points.1", "points.2", "points.3", "points.4", "points");

        Map<Long, BigDecimal> edge = full(s);
        edge.put(1L, d("0"));
        edge.put(2L, d("5.9"));
        assertThat(StarScore.check(s, edge)).isEmpty();
        assertThat(StarScore.total(edge)).isEqualByComparingTo("91.9");
    }

    @Test
    void aStandardNeedsFiveRisingThresholdsWithinItsTotalOfOneHundred() {
        RatingStandard s = standard();
        assertThat(StarScore.check(with(s, List.of(d("60"), d("70"), d("70"), d("88"), d("95")), 40)))
                .extracting(FieldError::field).containsExactly("thresholds");
        assertThat(StarScore.check(with(s, List.of(d("60"), d("70"), d("80"), d("88")), 40)))
                .extracting(FieldError::field).containsExactly("thresholds");
        assertThat(StarScore.check(with(s, List.of(d("60"), d("70"), d("80"), d("88"), d("100.1")), 40)))
                .extracting(FieldError::field).containsExactly("thresholds");
        assertThat(StarScore.check(with(s, List.of(d("60"), d("70"), d("80"), d("88"), d("100")), 40))).isEmpty();
        assertThat(StarScore.check(with(s, THRESHOLDS, 101))).extracting(FieldError::field)
                .containsExactly("townshipWeight");
        List<RatingStandard.Item> fewer = new ArrayList<>(s.items());
        fewer.remove(0);
        assertThat(StarScore.check(new RatingStandard(0, 0, "t", false, 40, THRESHOLDS, fewer, null, null)))
                .extracting(FieldError::field).contains("items");
    }

    static RatingStandard with(RatingStandard s, List<BigDecimal> thresholds, int weight) {
        return new RatingStandard(0, 0, s.title(), false, weight, thresholds, s.items(), null, null);
    }

    @Test
    void theGuidanceRangeIsTheBasePlusOrMinusTheFloatAndOnlyAboveTheCeilingIsFlagged() {
        FeeRange r = new FeeRange(d("0.65"), d("20"));
        assertThat(r.floor()).isEqualByComparingTo("0.52");
        assertThat(r.ceiling()).isEqualByComparingTo("0.78");
        assertThat(r.above(d("0.78"))).isFalse();
        assertThat(r.above(d("0.79"))).isTrue();
        assertThat(r.above(d("0.10"))).isFalse();
        // half a fen rounds up: 0.85 × 1.15 = 0.9775 → 0.98
        assertThat(new FeeRange(d("0.85"), d("15")).ceiling()).isEqualByComparingTo("0.98");
        assertThat(new FeeRange(d("1.10"), d("0")).ceiling()).isEqualByComparingTo("1.10");
    }
}
