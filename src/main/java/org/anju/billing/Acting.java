package org.anju.billing;

import java.util.regex.Pattern;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;

/** Who acts: the role checks of billing (403), the caller's name for the records, and shared field checks. */
final class Acting {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private Acting() {
    }

    static AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    /** Refuses (403) a caller of another role. */
    static AnjuUser require(Role... roles) {
        AnjuUser u = user();
        for (Role r : roles) {
            if (u.role() == r) {
                return u;
            }
        }
        throw new AccessDeniedException(roles[0].name());
    }

    /** The company a PROPERTY_COMPANY caller works for (403 for any other role). */
    static long company() {
        return require(Role.PROPERTY_COMPANY).binding().companyId();
    }

    /** The township decides (or the county): not a community, committee, company or owner. */
    static void requireTownship() {
        require(Role.TOWNSHIP_OFFICE, Role.COUNTY_AUTHORITY);
    }

    /** A client-chosen idempotency key: 8 to 64 letters, digits or . _ : - */
    static String key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw InvalidRequestException.field("idempotencyKey", "billing.error.key");
        }
        return key;
    }

    /** Trimmed text of min..max characters, else a field error. */
    static String text(String field, String value, int min, int max, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw InvalidRequestException.field(field, messageKey, min, max);
        }
        return v.isEmpty() ? null : v;
    }
}
