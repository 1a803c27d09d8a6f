package org.anju.identity.internal.accounts;

import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in account, if it holds a permission (403 otherwise). */
final class Access {

    private Access() {
    }

    static AnjuUser require(Permission permission) {
        return Jurisdictions.currentUser().filter(u -> u.can(permission))
                .orElseThrow(() -> new AccessDeniedException(permission.name()));
    }

    static AnjuUser me() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
