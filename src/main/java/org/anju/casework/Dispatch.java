package org.anju.casework;

import java.util.Optional;
import org.anju.casework.internal.CaseStore.Place;
import org.anju.casework.internal.DutyStore;
import org.anju.identity.DepartmentDirectory;
import org.anju.market.Companies;
import org.springframework.stereotype.Component;

/**
 * Finds the body a complaint goes to by the responsibility list (权责清单): the rule of the deepest region
 * containing the estate, else the county-wide rule of the category. A rule naming the property company sends
 * an estate without one (no active project) to its community, which looks after such estates (plan §3).
 */
@Component
class Dispatch {

    /** A resolved body. */
    record Body(BodyKind kind, Long departmentId, Long companyId, String name) {
    }

    private final DutyStore duties;
    private final DepartmentDirectory departments;
    private final Companies companies;

    Dispatch(DutyStore duties, DepartmentDirectory departments, Companies companies) {
        this.duties = duties;
        this.departments = departments;
        this.companies = companies;
    }

    /** The body by the list, or empty when no rule covers the category (the township dispatches by hand). */
    Optional<Body> byDutyList(String category, Place place) {
        return duties.match(category, place.regionPath())
                .map(rule -> body(rule.bodyKind(), rule.departmentId(), place)
                        .orElseGet(() -> community(place)));
    }

    /** A named body for this estate; empty when it does not exist (no such department, no company). */
    Optional<Body> body(BodyKind kind, Long departmentId, Place place) {
        return switch (kind) {
            case DEPARTMENT -> departments.find(departmentId)
                    .map(d -> new Body(BodyKind.DEPARTMENT, d.id(), null, d.name()));
            case COMPANY -> companies.servingEstate(place.estateId())
                    .map(c -> new Body(BodyKind.COMPANY, null, c.id(), c.name()));
            case COMMITTEE -> Optional.of(new Body(BodyKind.COMMITTEE, null, null, place.estateName() + " 业委会"));
            case COMMUNITY -> Optional.of(community(place));
        };
    }

    private static Body community(Place place) {
        return new Body(BodyKind.COMMUNITY, null, null, place.communityName());
    }
}
