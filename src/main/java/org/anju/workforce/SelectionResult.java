package org.anju.workforce;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plan §23 (最美物业人评选): the selection takes the nominees with the most residents' votes, as many as the
 * organiser announced; nominees tied with the last place are all selected (no tie is broken by chance), and a
 * nominee without a single vote is never selected.
 */
public final class SelectionResult {

    /** A nominee and the votes received. */
    public record Tally(long nominationId, long votes) {
    }

    private SelectionResult() {
    }

    /** The selected nominations. */
    public static Set<Long> selected(List<Tally> tallies, int winners) {
        List<Tally> ranked = tallies.stream().filter(t -> t.votes() > 0)
                .sorted(Comparator.comparingLong(Tally::votes).reversed()).toList();
        if (ranked.isEmpty() || winners <= 0) {
            return Set.of();
        }
        long cut = ranked.get(Math.min(winners, ranked.size()) - 1).votes();
        return ranked.stream().filter(t -> t.votes() >= cut).map(Tally::nominationId).collect(Collectors.toSet());
    }
}
