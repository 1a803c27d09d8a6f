package org.anju.market;

import java.util.List;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.springframework.security.access.AccessDeniedException;

/** Who may act in the market: the county decides; a company acts on its own records only. */
final class MarketGuards {

    private MarketGuards() {
    }

    static boolean isCounty() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
    }

    static void requireCounty() {
        if (!isCounty()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }

    /** Whether the caller is the account of that company. */
    static boolean isCompany(long companyId) {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .map(u -> u.binding().companyId()).filter(id -> id == companyId).isPresent();
    }

    static boolean canWriteRegister() {
        return Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isPresent();
    }

    /** The county, or the company itself. */
    static void requireCountyOrCompany(long companyId) {
        if (!isCounty() && !isCompany(companyId)) {
            throw new AccessDeniedException("COUNTY_AUTHORITY or the company");
        }
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    /** A stated reason of 2 to 500 characters. */
    static String reason(String field, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw InvalidRequestException.field(field, "market.error.reason");
        }
        return why;
    }

    /** Null for blank; the stripped text otherwise, with an error if longer than max. */
    static String text(String value, int max, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            errors.add(new FieldError(field, "market.error.tooLong", max));
        }
        return v;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
    }
}
