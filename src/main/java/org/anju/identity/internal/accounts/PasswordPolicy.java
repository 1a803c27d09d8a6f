package org.anju.identity.internal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GB/T 22239-2019 8.1.4.1 a) (identification and authentication, level 3): identities are
 * unique and passwords are complex and changed regularly. Anju's rule: at least
 * {@link #MIN_LENGTH} characters, at least {@link #MIN_CLASSES} of upper case, lower case,
 * digits and symbols, and not containing the user name. At most {@link #MAX_LENGTH} characters,
 * because bcrypt reads only the first 72 bytes.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    /** The message keys of the rules the password breaks; empty when it is acceptable. */
    static List<String> violations(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add("password.rule.length");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("password.rule.tooLong");
        }
        if (classes(password) < MIN_CLASSES) {
            broken.add("password.rule.classes");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            broken.add("password.rule.username");
        }
        return broken;
    }

    static boolean accepts(String username, String password) {
        return violations(username, password).isEmpty();
    }

    private static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
