package org.anju.stats;

import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.region.RegionPlaces;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who asks the assessment, the supervision tasks or the reports: the county authority (its county) or a township
 * office (its township and the county above it). Every other role is refused (403).
 */
record StatsCaller(long countyId, Long townshipId, String username) {

    static StatsCaller current(RegionPlaces places) {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
        Long region = u.binding() == null ? null : u.binding().regionId();
        if (region == null) {
            throw new AccessDeniedException(u.role().name());
        }
        if (u.role() == Role.COUNTY_AUTHORITY) {
            return new StatsCaller(region, null, u.getUsername());
        }
        if (u.role() == Role.TOWNSHIP_OFFICE) {
            long county = places.place(region).map(RegionPlaces.Place::parentId)
                    .orElseThrow(() -> new AccessDeniedException("township"));
            return new StatsCaller(county, region, u.getUsername());
        }
        throw new AccessDeniedException(u.role().name());
    }

    boolean county() {
        return townshipId == null;
    }

    /** Refuses a township (403): only the county does this. */
    StatsCaller requireCounty() {
        if (!county()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
        return this;
    }
}
