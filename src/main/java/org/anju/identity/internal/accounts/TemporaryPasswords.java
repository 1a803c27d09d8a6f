package org.anju.identity.internal.accounts;

import java.security.SecureRandom;

/** Temporary passwords for accounts an administrator creates or resets: random, and always within {@link PasswordPolicy}. */
final class TemporaryPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    // No 0/O, 1/l/I: the administrator reads it out or writes it down for the user.
    private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "@#%+=!?"};
    private static final int LENGTH = 12;

    private TemporaryPasswords() {
    }

    static String next() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            // The first four positions take one of each class, so every password has all four.
            String pool = CLASSES[i < CLASSES.length ? i : RANDOM.nextInt(CLASSES.length)];
            chars[i] = pool.charAt(RANDOM.nextInt(pool.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }
}
