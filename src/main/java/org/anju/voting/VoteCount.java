package org.anju.voting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.anju.voting.internal.VoteStore;

/**
 * Counts a vote from its frozen roll and stored ballots: PostgreSQL sums the exact areas and heads per motion and
 * choice (each voter once per motion: the unique constraint), {@link CountingRule} decides. Measured in
 * bench/VoteTallyBenchmark.java against counting every ballot in Java (same outcomes).
 */
final class VoteCount {

    /** One motion's tally and what it decides. */
    record Counted(Tally tally, CountingRule.Outcome outcome) {
    }

    private VoteCount() {
    }

    static Map<Long, Counted> count(VoteStore store, VoteStore.Row v) {
        Tally.Weight total = new Tally.Weight(v.totalArea() == null ? BigDecimal.ZERO : v.totalArea(),
                v.totalOwners() == null ? 0 : v.totalOwners());
        Map<Long, Tally.Weight[]> sums = new HashMap<>();
        store.eachSum(v.id(), (motion, choice, area, owners) -> sums.computeIfAbsent(motion,
                k -> new Tally.Weight[]{Tally.Weight.ZERO, Tally.Weight.ZERO, Tally.Weight.ZERO})[choice.ordinal()] =
                new Tally.Weight(area, owners));
        Map<Long, Counted> result = new HashMap<>();
        for (var m : store.motions(v.id())) {
            Tally.Weight[] w = sums.getOrDefault(m.id(),
                    new Tally.Weight[]{Tally.Weight.ZERO, Tally.Weight.ZERO, Tally.Weight.ZERO});
            Tally t = new Tally(total, w[Choice.AGREE.ordinal()], w[Choice.AGAINST.ordinal()],
                    w[Choice.ABSTAIN.ordinal()]);
            result.put(m.id(), new Counted(t, CountingRule.decide(m.matter(), v.mode(), t)));
        }
        return result;
    }

    static Counted empty(Tally.Weight total) {
        return new Counted(new Tally(total, Tally.Weight.ZERO, Tally.Weight.ZERO, Tally.Weight.ZERO),
                new CountingRule.Outcome(false, false));
    }
}
