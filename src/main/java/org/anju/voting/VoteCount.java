package org.anju.voting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.anju.voting.internal.VoteStore;

/** Counts a vote from its frozen roll and stored ballots with {@link Tally} and {@link CountingRule}. */
final class VoteCount {

    /** One motion's tally and what it decides. */
    record Counted(Tally tally, CountingRule.Outcome outcome) {
    }

    private VoteCount() {
    }

    static Map<Long, Counted> count(VoteStore store, VoteStore.Row v) {
        Map<Long, BigDecimal> areas = new HashMap<>();
        BigDecimal totalArea = BigDecimal.ZERO;
        for (VoteStore.VoterWeight w : store.voterWeights(v.id())) {
            areas.put(w.id(), w.area());
            totalArea = totalArea.add(w.area());
        }
        Tally.Weight total = new Tally.Weight(totalArea, areas.size());
        Map<Long, Tally.Counter> counters = new HashMap<>();
        store.motions(v.id()).forEach(m -> counters.put(m.id(), new Tally.Counter(total)));
        store.eachBallot(v.id(), (motion, voter, choice) -> counters.get(motion).add(areas.get(voter), choice));
        Map<Long, Counted> result = new HashMap<>();
        for (var m : store.motions(v.id())) {
            Tally t = counters.get(m.id()).tally();
            result.put(m.id(), new Counted(t, CountingRule.decide(m.matter(), v.mode(), t)));
        }
        return result;
    }

    static Counted empty(Tally.Weight total) {
        return new Counted(new Tally(total, Tally.Weight.ZERO, Tally.Weight.ZERO, Tally.Weight.ZERO),
                new CountingRule.Outcome(false, false));
    }
}
