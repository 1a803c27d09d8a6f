package org.anju.workforce;

import java.util.List;
import org.anju.workforce.internal.SelectionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample data only: residents' votes cast without signing in as each owner (the demo has one owner account). The
 * one-vote rule still holds: an owner's second vote in a selection is ignored by the table's unique constraint.
 */
@Service
public class WorkforceSeeds {

    private final SelectionStore store;

    WorkforceSeeds(SelectionStore store) {
        this.store = store;
    }

    /** Casts the owners' votes in turn for the nominations (owner i votes for nominations[i % n] weighted by list). */
    @Transactional
    public int votes(long selectionId, List<Long> ownerIds, List<Long> choices) {
        int cast = 0;
        for (int i = 0; i < ownerIds.size() && !choices.isEmpty(); i++) {
            if (store.vote(selectionId, choices.get(i % choices.size()), ownerIds.get(i))) {
                cast++;
            }
        }
        return cast;
    }
}
