package org.anju.lifeservice;

import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;

/** Who acts in life services: role checks (403), the caller's name, and trimmed text fields. */
final class Acting {

    private Acting() {
    }

    static AnjuUser require(Role... roles) {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
        for (Role r : roles) {
            if (u.role() == r) {
                return u;
            }
        }
        throw new AccessDeniedException(roles[0].name());
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    /** Trimmed text of min..max characters (null when empty and allowed), else a field error. */
    static String text(String field, String value, int min, int max, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw InvalidRequestException.field(field, messageKey, min, max);
        }
        return v.isEmpty() ? null : v;
    }
}
