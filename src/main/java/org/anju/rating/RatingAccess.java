package org.anju.rating;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who the caller is for the rating: officials see their county's rounds and the entries inside their
 * jurisdiction; a company only its own projects; a role that may never do a thing gets 403.
 */
@Component
class RatingAccess {

    private final Jurisdictions jurisdictions;

    RatingAccess(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
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

    /** The path of the county the official works in ('/1/'), or null for a caller outside the region tree. */
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
        return Long.parseLong(path.substring(1, path.length() - 1));
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

    /** The county part of a region path: '/1/4/27/' gives '/1/'. */
    static String countyOf(String path) {
        if (path == null || path.length() < 3) {
            return null;
        }
        return path.substring(0, path.indexOf('/', 1) + 1);
    }
}
