package org.anju.workforce;

import java.util.List;
import org.anju.workforce.SelectionResult.Tally;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan §23: the nominees with the most residents' votes are selected. */
class SelectionResultTests {

    @Test
    void theNomineesWithTheMostVotesAreSelected() {
        assertThat(SelectionResult.selected(List.of(new Tally(1, 5), new Tally(2, 9), new Tally(3, 2),
                new Tally(4, 7)), 2)).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void nomineesTiedWithTheLastPlaceAreAllSelected() {
        assertThat(SelectionResult.selected(List.of(new Tally(1, 5), new Tally(2, 9), new Tally(3, 5),
                new Tally(4, 1)), 2)).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aNomineeWithoutAVoteIsNeverSelected() {
        assertThat(SelectionResult.selected(List.of(new Tally(1, 3), new Tally(2, 0)), 2)).containsExactly(1L);
        assertThat(SelectionResult.selected(List.of(new Tally(1, 0)), 1)).isEmpty();
    }
}
