package org.anju.identity.internal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.DepartmentDirectory;
import org.anju.identity.JurisdictionSource;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException.FieldError;
import org.springframework.stereotype.Component;

/**
 * The one binding an account's role needs, checked against the modules that own what it names
 * (regions and estates in region, companies in market, departments here), and its label in lists.
 */
@Component
class Bindings {

    private final List<JurisdictionSource> sources;
    private final DepartmentDirectory departments;

    Bindings(List<JurisdictionSource> sources, DepartmentDirectory departments) {
        this.sources = sources;
        this.departments = departments;
    }

    /** A region's path and name, if it exists. */
    Optional<JurisdictionSource.Place> region(Long id) {
        return id == null ? Optional.empty() : find(s -> s.region(id));
    }

    /**
     * The errors of a binding for a role; the administrator's own region bounds regions and
     * estates (a county administrator does not bind accounts to another county's places).
     */
    List<FieldError> check(Role role, Binding b, String adminRegionPath) {
        List<FieldError> errors = new ArrayList<>();
        switch (role.bindingKind()) {
            case REGION -> {
                Optional<String> path = region(b.regionId()).map(JurisdictionSource.Place::path);
                if (path.isEmpty() || !within(path.get(), adminRegionPath)) {
                    errors.add(new FieldError(role == Role.COMMUNITY ? "communityId" : "townshipId",
                            "account.error.region"));
                }
            }
            case ESTATE -> {
                Optional<String> path = b.estateId() == null ? Optional.empty()
                        : find(s -> s.estate(b.estateId())).map(JurisdictionSource.Holdings::regionPath);
                if (path.isEmpty() || !within(path.get(), adminRegionPath)) {
                    errors.add(new FieldError("estateId", "account.error.estate"));
                }
            }
            case COMPANY -> {
                if (b.companyId() == null || find(s -> s.companyHoldings(b.companyId())).isEmpty()) {
                    errors.add(new FieldError("companyId", "account.error.company"));
                }
            }
            case DEPARTMENT -> {
                if (departments.find(b.departmentId()).isEmpty()) {
                    errors.add(new FieldError("departmentId", "account.error.department"));
                }
            }
            case OWNER -> {
                if (b.ownerId() == null || find(s -> s.ownerHoldings(b.ownerId())).isEmpty()) {
                    errors.add(new FieldError("ownerId", "account.error.owner"));
                }
            }
        }
        return errors;
    }

    /** How a list names what an account is bound to, e.g. "台前县 城关镇" or a company's name. */
    String label(Role role, Binding b) {
        Optional<String> name = switch (role.bindingKind()) {
            case REGION -> region(b.regionId()).map(JurisdictionSource.Place::name);
            case ESTATE -> b.estateId() == null ? Optional.empty()
                    : find(s -> s.estate(b.estateId())).map(JurisdictionSource.Holdings::name);
            case COMPANY -> b.companyId() == null ? Optional.empty()
                    : find(s -> s.companyHoldings(b.companyId())).map(JurisdictionSource.Holdings::name);
            case DEPARTMENT -> departments.find(b.departmentId()).map(DepartmentDirectory.Department::name);
            // An owner's name is personal data: the account list shows only the owner's number.
            case OWNER -> Optional.ofNullable(b.ownerId()).map(id -> "#" + id);
        };
        return name.orElse("—");
    }

    private static boolean within(String path, String adminRegionPath) {
        return adminRegionPath != null && path != null && path.startsWith(adminRegionPath);
    }

    private <T> Optional<T> find(Function<JurisdictionSource, Optional<T>> lookup) {
        return sources.stream().map(lookup).flatMap(Optional::stream).findFirst();
    }
}
