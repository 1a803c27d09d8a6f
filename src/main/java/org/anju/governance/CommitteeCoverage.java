package org.anju.governance;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.anju.governance.internal.CommitteeStore;
import org.anju.identity.Jurisdiction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the coverage dashboard (plan (三)): which estates have, in each of their management areas, a filed
 * (accepted) committee of either kind (decision 0027: an estate of one area, its committee). A dissolved interim
 * committee or one still waiting for filing does not count.
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

    /** SQL true when every area of the estate has a filed committee now (what estatesWithFiledCommittee counts). */
    public static String filedCondition(String estateId) {
        return "not exists (select 1 from reg_management_area a where a.estate_id = " + estateId
                + " and not exists (select 1 from gov_committee g where g.area_id = a.id and g.status = 'FILED'))";
    }

    /**
     * SQL true when every area of the estate had a filed committee of either kind on the date (areas as today): filed by then (an old row
     * without a filing date counts from its formation) and not dissolved by then. For grouped counts
     * ({@code Register.estateCounts}); today it agrees with {@link #estatesWithFiledCommittee(Jurisdiction)}.
     */
    public static String filedCondition(String estateId, String asOf) {
        return "not exists (select 1 from reg_management_area a where a.estate_id = " + estateId
                + " and not exists (select 1 from gov_committee g where g.area_id = a.id"
                + " and ((g.status = 'FILED' and coalesce(g.filed_on, g.formed_on) <= " + asOf + ")"
                + " or (g.status = 'DISSOLVED' and g.filed_on <= " + asOf + " and g.dissolved_on > " + asOf + "))))";
    }
}
