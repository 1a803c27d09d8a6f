package org.anju.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Keyed hashes (HMAC-SHA256, a key separate from the encryption keys) of normalised identifiers,
 * so an exact ID number or phone can be found and kept unique without storing it in the clear.
 * Without the key the hash cannot be recomputed from a guessed number.
 */
public final class BlindIndex {

    private final SecretKey key;

    public BlindIndex(SecretKey key) {
        this.key = key;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
