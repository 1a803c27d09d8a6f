package org.anju.governance;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.anju.governance.internal.CommitteeStore;
import org.anju.identity.Jurisdiction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the coverage dashboard (plan (三)): which estates have a filed (accepted) committee of either
 * kind. A dissolved interim committee or one still waiting for filing does not count.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeCoverage {

    private final CommitteeStore store;

    CommitteeCoverage(CommitteeStore store) {
        this.store = store;
    }

    /** Of the given estates, those with a filed committee. */
    public Set<Long> estatesWithFiledCommittee(Collection<Long> estateIds) {
        return new TreeSet<>(store.filedEstates(estateIds));
    }

    /** The estates within a jurisdiction that have a filed committee. */
    public Set<Long> estatesWithFiledCommittee(Jurisdiction jurisdiction) {
        return new TreeSet<>(store.filedEstates(jurisdiction));
    }
}
