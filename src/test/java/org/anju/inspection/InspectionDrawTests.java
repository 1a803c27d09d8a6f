package org.anju.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.credit.Grade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The draw is reproducible from its published inputs, never picks a conflicted inspector, and weighs targets. */
class InspectionDrawTests {

    static final List<InspectionDraw.Target> TARGETS = List.of(new InspectionDraw.Target(11, 1, 1),
            new InspectionDraw.Target(12, 2, 4), new InspectionDraw.Target(13, 3, 2),
            new InspectionDraw.Target(14, 1, 1), new InspectionDraw.Target(15, 4, 3),
            new InspectionDraw.Target(16, 5, 1));
    static final List<InspectionDraw.Inspector> INSPECTORS = List.of(
            new InspectionDraw.Inspector(1, "住建局", Set.of(2L)), new InspectionDraw.Inspector(2, "住建局", Set.of()),
            new InspectionDraw.Inspector(3, "城管局", Set.of(1L, 3L)), new InspectionDraw.Inspector(4, "城管局", Set.of()),
            new InspectionDraw.Inspector(5, "消防", Set.of(2L)), new InspectionDraw.Inspector(6, "市场监管", Set.of(4L)));
    static final Map<Long, Long> COMPANY = Map.of(11L, 1L, 12L, 2L, 13L, 3L, 14L, 1L, 15L, 4L, 16L, 5L);
    static final Map<Long, String> UNIT = Map.of(1L, "住建局", 2L, "住建局", 3L, "城管局", 4L, "城管局", 5L, "消防", 6L, "市场监管");

    @Test
    void theSameSeedAndInputsGiveTheSameResultWhateverTheirOrder() {
        var a = InspectionDraw.draw("c0ffee", 3, 2, TARGETS, INSPECTORS);
        List<InspectionDraw.Target> shuffled = new ArrayList<>(TARGETS);
        java.util.Collections.reverse(shuffled);
        List<InspectionDraw.Inspector> pool = new ArrayList<>(INSPECTORS);
        java.util.Collections.reverse(pool);
        assertThat(InspectionDraw.draw("c0ffee", 3, 2, shuffled, pool)).isEqualTo(a);
        assertThat(InspectionDraw.draw("c0ffef", 3, 2, TARGETS, INSPECTORS)).isNotEqualTo(a);
    }

    @Test
    void overManySeedsAConflictedInspectorIsNeverDrawnAndEveryTargetGetsInspectorsOfDifferentUnits() {
        for (int s = 0; s < 3000; s++) {
            int perTarget = 2 + s % 2;
            var picks = InspectionDraw.draw(Integer.toHexString(s * 7919), 4, perTarget, TARGETS, INSPECTORS);
            assertThat(picks).hasSize(4);
            assertThat(new HashSet<>(picks.stream().map(InspectionDraw.Pick::targetId).toList())).hasSize(4);
            for (var p : picks) {
                long company = COMPANY.get(p.targetId());
                assertThat(p.inspectorIds()).hasSize(perTarget);
                for (long i : p.inspectorIds()) {
                    var inspector = INSPECTORS.stream().filter(x -> x.id() == i).findFirst().orElseThrow();
                    assertThat(inspector.conflicts()).as("seed %d target %d inspector %d", s, p.targetId(), i)
                            .doesNotContain(company);
                }
                assertThat(new HashSet<>(p.inspectorIds().stream().map(UNIT::get).toList())).hasSize(perTarget);
            }
        }
    }

    @Test
    void aHeavierTargetIsDrawnMoreOften() {
        Map<Long, Integer> first = new HashMap<>();
        for (int s = 0; s < 4000; s++) {
            first.merge(InspectionDraw.draw("w" + s, 1, 2, TARGETS, INSPECTORS).get(0).targetId(), 1, Integer::sum);
        }
        // weights 1, 4, 2, 1, 3, 1 of 12: target 12 about a third of the time, target 11 about a twelfth
        assertThat(first.get(12L)).isBetween(1200, 1470);
        assertThat(first.get(11L)).isBetween(240, 430);
    }

    @Test
    void aTargetThatCannotGetEnoughUnitsIsRefused() {
        var pool = List.of(new InspectionDraw.Inspector(1, "住建局", Set.of()), new InspectionDraw.Inspector(2, "住建局", Set.of()));
        assertThatThrownBy(() -> InspectionDraw.draw("ab", 1, 2, TARGETS, pool)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommitmentIsTheSha256OfTheSeedText() {
        assertThat(InspectionDraw.commitment("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theVerifierReRunsTheDrawFromThePublishedJson() {
        String json = """
                {"plan": {"id": 7, "title": "抽查"}, "draw": {"planId": 7, "seedHash": "%s", "seed": "c0ffee",
                 "count": 3, "perTarget": 2, "weights": {"complaintThreshold": 3},
                 "targets": [{"id": 11, "companyId": 1, "companyName": "甲\\"物业\\"", "weight": 1}, {"id": 12, "companyId": 2, "weight": 4},
                   {"id": 13, "companyId": 3, "weight": 2}, {"id": 14, "companyId": 1, "weight": 1},
                   {"id": 15, "companyId": 4, "weight": 3}, {"id": 16, "companyId": 5, "weight": 1}],
                 "inspectors": [{"id": 1, "unit": "住建局", "conflicts": [2]}, {"id": 2, "unit": "住建局", "conflicts": []},
                   {"id": 3, "unit": "城管局", "conflicts": [1, 3]}, {"id": 4, "unit": "城管局", "conflicts": []},
                   {"id": 5, "unit": "消防", "conflicts": [2]}, {"id": 6, "unit": "市场监管", "conflicts": [4]}],
                 "result": null}}""".formatted(InspectionDraw.commitment("c0ffee"));
        var expected = InspectionDraw.draw("c0ffee", 3, 2, TARGETS, INSPECTORS);
        StringBuilder result = new StringBuilder();
        for (var p : expected) {
            result.append(result.isEmpty() ? "" : ", ").append("{\"targetId\": ").append(p.targetId())
                    .append(", \"inspectorIds\": ").append(p.inspectorIds()).append('}');
        }
        assertThat(InspectionDraw.verify(json)).isEqualTo("{\"commitmentMatches\": true, \"result\": [" + result + "]}");
    }

    @Test
    void theVerifierLeavesOutTheWithdrawnEntriesOverManySeeds() {
        List<InspectionDraw.Target> kept = TARGETS.stream().filter(t -> t.id() != 12 && t.id() != 15).toList();
        List<InspectionDraw.Inspector> staff = INSPECTORS.stream().filter(i -> i.id() != 4).toList();
        for (int n = 0; n < 200; n++) {
            String seed = "5eed" + n;
            String json = """
                    {"draw": {"seedHash": "%s", "seed": "%s", "count": 3, "perTarget": 2,
                     "targets": [{"id": 11, "companyId": 1, "weight": 1}, {"id": 12, "companyId": 2, "weight": 4},
                       {"id": 13, "companyId": 3, "weight": 2}, {"id": 14, "companyId": 1, "weight": 1},
                       {"id": 15, "companyId": 4, "weight": 3}, {"id": 16, "companyId": 5, "weight": 1}],
                     "inspectors": [{"id": 1, "unit": "住建局", "conflicts": [2]}, {"id": 2, "unit": "住建局", "conflicts": []},
                       {"id": 3, "unit": "城管局", "conflicts": [1, 3]}, {"id": 4, "unit": "城管局", "conflicts": []},
                       {"id": 5, "unit": "消防", "conflicts": [2]}, {"id": 6, "unit": "市场监管", "conflicts": [4]}],
                     "withdrawnTargets": [12, 15], "withdrawnInspectors": [4]}}"""
                    .formatted(InspectionDraw.commitment(seed), seed);
            var picks = InspectionDraw.draw(seed, 3, 2, kept, staff);
            assertThat(picks).noneMatch(p -> p.targetId() == 12 || p.targetId() == 15)
                    .noneMatch(p -> p.inspectorIds().contains(4L));
            StringBuilder result = new StringBuilder();
            for (var p : picks) {
                result.append(result.isEmpty() ? "" : ", ").append("{\"targetId\": ").append(p.targetId())
                        .append(", \"inspectorIds\": ").append(p.inspectorIds()).append('}');
            }
            assertThat(InspectionDraw.verify(json))
                    .isEqualTo("{\"commitmentMatches\": true, \"result\": [" + result + "]}");
        }
    }

    @Test
    void lowGradesAndManyComplaintsWeighMoreAndTheShareRoundsUp() {
        var w = DrawWeights.DEFAULT;
        assertThat(w.weight(Grade.AAA, 0)).isEqualTo(1);
        assertThat(w.weight(Grade.C, 0)).isEqualTo(4);
        assertThat(w.weight(Grade.B, 2)).isEqualTo(3);
        assertThat(w.weight(Grade.B, 3)).isEqualTo(5);
        assertThat(w.weight(null, 0)).isEqualTo(2);
        assertThat(DrawWeights.count(5, 40)).isEqualTo(2);
        assertThat(DrawWeights.count(5, 41)).isEqualTo(3);
        assertThat(DrawWeights.count(5, 3)).isEqualTo(1);
        assertThat(DrawWeights.count(100, 3)).isEqualTo(3);
        assertThat(DrawWeights.count(5, 0)).isZero();
    }
}
