package org.anju.rating;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.region.RegionLevel;
import org.anju.region.RegionPlaces;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who the caller is for the rating: officials see their county's rounds and the entries inside their
 * jurisdiction; a company only its own projects; a role that may never do a thing gets 403.
 */
@Component
class RatingAccess {

    private final Jurisdictions jurisdictions;
    private final RegionPlaces places;

    RatingAccess(Jurisdictions jurisdictions, RegionPlaces places) {
        this.jurisdictions = jurisdictions;
        this.places = places;
    }

    AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
    }

    /** The caller, when its role is one of these; 403 otherwise. */
    AnjuUser require(Role... roles) {
        AnjuUser u = user();
        if (Arrays.stream(roles).noneMatch(r -> r == u.role())) {
            throw new AccessDeniedException(Arrays.toString(roles));
        }
        return u;
    }

    /**
     * The path of the county the official works in ('/1/2/3/' for a county under a province and a city), or null
     * for a caller outside the region tree or above any county. The county is found by its level in the region
     * tree, not by its depth: a county may sit at the top of the tree or under a city.
     */
    String countyPath() {
        Jurisdiction j = jurisdictions.current();
        return j.scope() == Jurisdiction.Scope.REGION ? countyOf(j.regionPath()) : null;
    }

    /** The official's county; 403 for a caller without one. */
    long countyId() {
        String path = countyPath();
        if (path == null) {
            throw new AccessDeniedException("region");
        }
        String[] ids = path.substring(1, path.length() - 1).split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    /** The entries (alias x) the caller may see: its jurisdiction, and for a company its own projects only. */
    Jurisdiction.Condition entries() {
        Jurisdiction.Condition rows = jurisdictions.current().rows("x.region_path", "x.estate_id");
        AnjuUser u = Jurisdictions.currentUser().orElse(null);
        if (u == null || u.role() != Role.PROPERTY_COMPANY) {
            return rows;
        }
        Map<String, Object> params = new HashMap<>(rows.params());
        params.put("rat_company", u.binding().companyId() == null ? -1L : u.binding().companyId());
        return new Jurisdiction.Condition(rows.sql() + " and x.company_id = :rat_company", params);
    }

    /** The region path of a county by its id ('/1/2/3/' for county 3 under a province and a city). */
    String pathOf(long countyId) {
        return places.place(countyId).map(RegionPlaces.Place::path).orElse("/" + countyId + "/");
    }

    /** The county on a region path, from the deepest region up: '/1/2/3/4/' gives '/1/2/3/' when 3 is a county. */
    private String countyOf(String path) {
        if (path == null || path.length() < 3) {
            return null;
        }
        String[] ids = path.substring(1, path.length() - 1).split("/");
        for (int i = ids.length - 1; i >= 0; i--) {
            Optional<RegionPlaces.Place> place = places.place(Long.parseLong(ids[i]));
            if (place.isPresent() && place.get().level() == RegionLevel.COUNTY) {
                return place.get().path();
            }
        }
        return null;
    }
}
