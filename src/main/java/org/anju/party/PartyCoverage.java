package org.anju.party;

import java.util.Collection;
import java.util.Set;
import org.anju.identity.Jurisdiction;
import org.anju.party.internal.PartyQueries;
import org.springframework.stereotype.Service;

/** For the coverage dashboard (plan (三)): estates covered by at least one Party branch or grid branch. */
@Service
public class PartyCoverage {

    private final PartyQueries queries;

    PartyCoverage(PartyQueries queries) {
        this.queries = queries;
    }

    /** The jurisdiction's estates covered by a branch. */
    public Set<Long> coveredEstates(Jurisdiction jurisdiction) {
        return queries.covered(jurisdiction);
    }

    /** Of these estates, those covered by a branch. */
    public Set<Long> coveredEstates(Collection<Long> estateIds) {
        return queries.covered(estateIds);
    }

    /** SQL true when a branch or grid branch covers the estate now (what coveredEstates counts). */
    public static String coveredCondition(String estateId) {
        return "exists (select 1 from pty_organization_estate pe where pe.estate_id = " + estateId + ")";
    }

    /**
     * SQL true when a branch or grid branch founded by the date (or of unknown founding date) covers the
     * estate. For grouped counts ({@code Register.estateCounts}) and the monthly trend.
     */
    public static String coveredCondition(String estateId, String asOf) {
        return "exists (select 1 from pty_organization_estate pe join pty_organization o on o.id = pe.organization_id"
                + " where pe.estate_id = " + estateId + " and (o.founded_on is null or o.founded_on <= " + asOf + "))";
    }
}
