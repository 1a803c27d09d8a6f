package org.anju.market;

import java.util.Collection;
import java.util.Set;
import org.anju.identity.Jurisdiction;
import org.anju.market.internal.ServiceModeQueries;
import org.springframework.stereotype.Service;

/**
 * For the coverage dashboard (plan (三)): which estates have, in each of their management areas, a current service
 * mode other than NONE.
 * Reads no jurisdiction of its own: the caller passes the one it measures, or ids it already scoped.
 */
@Service
public class ServiceCoverage {

    private final ServiceModeQueries queries;

    ServiceCoverage(ServiceModeQueries queries) {
        this.queries = queries;
    }

    /** The estates of the jurisdiction with a service mode other than NONE today. */
    public Set<Long> coveredEstates(Jurisdiction jurisdiction) {
        return queries.covered(jurisdiction);
    }

    /** Of these estates, those with a service mode other than NONE today. */
    public Set<Long> coveredEstates(Collection<Long> estateIds) {
        return queries.covered(estateIds);
    }

    /**
     * SQL true when every management area of the estate has a current service mode other than NONE (what
     * coveredEstates counts; for an estate of one area: its mode is other than NONE). Decision 0027.
     */
    public static String coveredCondition(String estateId) {
        return "not exists (select 1 from reg_management_area a where a.estate_id = " + estateId
                + " and not exists (select 1 from mkt_service_mode m where m.area_id = a.id"
                + " and m.to_date is null and m.mode <> 'NONE'))";
    }

    /**
     * SQL true when the service mode of every area of the estate on the date was other than NONE (periods are
     * inclusive of both ends; the areas as registered today). For grouped counts ({@code Register.estateCounts}) and the monthly trend.
     */
    public static String coveredCondition(String estateId, String asOf) {
        return "not exists (select 1 from reg_management_area a where a.estate_id = " + estateId
                + " and not exists (select 1 from mkt_service_mode m where m.area_id = a.id"
                + " and m.mode <> 'NONE' and m.from_date <= " + asOf + " and (m.to_date is null or m.to_date >= "
                + asOf + ")))";
    }
}
