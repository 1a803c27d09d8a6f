package org.anju.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Keyed hashes (HMAC-SHA256, a key separate from the encryption keys) of normalised identifiers,
 * so an exact ID number or phone can be found and kept unique without storing it in the clear.
 * Without the key the hash cannot be recomputed from a guessed number. The MAC is truncated to
 * 128 bits (RFC 2104 §5), 22 characters of base64url: collisions stay negligible for a province's
 * hundred million people, and the unique index is a third of a hex SHA-256's.
 */
public final class BlindIndex {

    /** A Mac is not thread-safe; each thread keeps one initialised with the key (doFinal resets it). */
    private final ThreadLocal<Mac> mac;

    public BlindIndex(SecretKey key) {
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(key);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available or the hash key is unusable", e);
            }
        });
        mac.get();  // a bad key fails at start, not at the first lookup
    }

    /** Of an ID number or credit code, upper-cased and without spaces (the X check digit). */
    public String idNumber(String value) {
        return value == null ? null : hash("id:" + value.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** Of a phone's digits only, so 138 1234-5678 and 13812345678 match. */
    public String phone(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        return digits.isEmpty() ? null : hash("phone:" + digits);
    }

    private String hash(String normalised) {
        byte[] full = mac.get().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
    }
}
