package org.anju.fund;

import java.math.BigDecimal;
import java.util.Optional;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;

/** Checks shared by the fund's services: who may move money, and well-formed amounts and keys. */
final class FundGuards {

    /** The largest amount one request may move (¥100 million): beyond it, a typing error. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000.00");

    private FundGuards() {
    }

    static Optional<Role> role() {
        return Jurisdictions.currentUser().map(AnjuUser::role);
    }

    /** The county housing department holds the fund (Order 165 art. 10): only it moves money. */
    static void requireCounty() {
        if (role().filter(r -> r == Role.COUNTY_AUTHORITY).isEmpty()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }

    /** Ledger-wide reads (journal, arrears, check) are the government's: county, township, community. */
    static void requireGovernment() {
        if (role().filter(r -> r == Role.COUNTY_AUTHORITY || r == Role.TOWNSHIP_OFFICE || r == Role.COMMUNITY)
                .isEmpty()) {
            throw new AccessDeniedException("GOVERNMENT");
        }
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }

    /** A positive amount in yuan with at most 2 decimals, not absurdly large; else a field error. */
    static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidRequestException.field(field, "fund.error.amount");
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
            throw InvalidRequestException.field(field, "fund.error.amount");
        }
        return value.setScale(2);
    }

    /** A client's idempotency key: 1 to 64 characters, no control characters. */
    static String key(String field, String value) {
        String k = value == null ? "" : value.strip();
        if (k.isEmpty() || k.length() > 64 || k.chars().anyMatch(Character::isISOControl)) {
            throw InvalidRequestException.field(field, "fund.error.key");
        }
        return k;
    }

    static String text(String field, String value, int min, int max, String messageKey) {
        String t = value == null ? "" : value.strip();
        if (t.length() < min || t.length() > max) {
            throw InvalidRequestException.field(field, messageKey);
        }
        return t.isEmpty() ? null : t;
    }
}
