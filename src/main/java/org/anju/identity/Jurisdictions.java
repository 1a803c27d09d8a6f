package org.anju.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Resolves the caller's {@link Jurisdiction} once per request (cached in the request) from
 * the account's binding. Modules call {@link #current()} in their repositories.
 */
@Component
public class Jurisdictions {

    private static final String ATTRIBUTE = Jurisdictions.class.getName();

    private final List<JurisdictionSource> sources;
    private final DepartmentDirectory departments;

    Jurisdictions(List<JurisdictionSource> sources, DepartmentDirectory departments) {
        this.sources = sources;
        this.departments = departments;
    }

    /** The signed-in account, if any. */
    public static Optional<AnjuUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AnjuUser user ? Optional.of(user) : Optional.empty();
    }

    /** The caller's jurisdiction: nothing for an anonymous caller. */
    public Jurisdiction current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Jurisdiction j) {
            return j;
        }
        Jurisdiction j = currentUser().map(this::of).orElseGet(() -> Jurisdiction.none(null, ""));
        if (request != null) {
            request.setAttribute(ATTRIBUTE, j, RequestAttributes.SCOPE_REQUEST);
        }
        return j;
    }

    /**
     * Resolves an account's jurisdiction from its binding. A role without REGISTER_READ (as the
     * county may set it on the roles page) keeps its place in the region tree but sees no register rows.
     */
    public Jurisdiction of(AnjuUser user) {
        Jurisdiction j = bound(user);
        return user.can(Permission.REGISTER_READ) ? j : Jurisdiction.none(j.regionPath(), j.label());
    }

    private Jurisdiction bound(AnjuUser user) {
        AnjuUser.Binding b = user.binding();
        return switch (user.role()) {
            case COUNTY_AUTHORITY, TOWNSHIP_OFFICE, COMMUNITY -> find(s -> s.region(b.regionId()))
                    .map(p -> Jurisdiction.region(p.path(), p.name()))
                    .orElseGet(() -> Jurisdiction.none(null, ""));
            // The administrator sees no register data, only its region's tree (for the account forms).
            case ADMINISTRATOR -> find(s -> s.region(b.regionId()))
                    .map(p -> Jurisdiction.none(p.path(), p.name()))
                    .orElseGet(() -> Jurisdiction.none(null, ""));
            case OWNERS_COMMITTEE -> holdings(find(s -> s.estate(b.estateId())), Jurisdiction.Scope.ESTATES);
            case PROPERTY_COMPANY -> holdings(find(s -> s.companyHoldings(b.companyId())), Jurisdiction.Scope.ESTATES);
            case OWNER -> holdings(find(s -> s.ownerHoldings(b.ownerId())), Jurisdiction.Scope.HOUSES)
                    .withOwner(b.ownerId());
            case DEPARTMENT -> departments.find(b.departmentId())
                    .map(d -> Jurisdiction.none(find(s -> s.region(d.regionId())).map(JurisdictionSource.Place::path)
                            .orElse(null), d.name()))
                    .orElseGet(() -> Jurisdiction.none(null, ""));
        };
    }

    private static Jurisdiction holdings(Optional<JurisdictionSource.Holdings> holdings, Jurisdiction.Scope scope) {
        return holdings.map(h -> new Jurisdiction(scope, h.regionPath(), h.estateIds(), h.houseIds(), null, h.name()))
                .orElseGet(() -> Jurisdiction.none(null, ""));
    }

    private <T> Optional<T> find(Function<JurisdictionSource, Optional<T>> lookup) {
        return sources.stream().map(lookup).flatMap(Optional::stream).findFirst();
    }
}
