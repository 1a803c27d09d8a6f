package org.anju.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one field value with AES-256-GCM (random 96-bit nonce, 128-bit tag) into self-describing
 * text {@code keyId:base64(nonce ‖ ciphertext ‖ tag)}. Every configured key can open; only the
 * active key seals, so a key is rotated by adding a new one, making it active, re-encrypting
 * ({@link #isSealedWithActiveKey}) and then removing the old one.
 */
public final class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A Cipher is not thread-safe but costly to look up; each thread re-initialises its own per value. */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    private final Map<String, SecretKey> keys;
    private final String activeKey;
    private final SecureRandom random = new SecureRandom();

    /** Keys by id; the active key must be one of them. */
    public FieldCipher(Map<String, SecretKey> keys, String activeKey) {
        if (!keys.containsKey(activeKey)) {
            throw new IllegalArgumentException("anju.crypto.active-key '" + activeKey + "' is not among anju.crypto.keys "
                    + keys.keySet());
        }
        this.keys = Map.copyOf(keys);
        this.activeKey = activeKey;
    }

    public String activeKey() {
        return activeKey;
    }

    /** Null stays null (an owner without a phone). */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return activeKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain value; refuses a value that was altered, or sealed with a key no longer configured. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        if (colon <= 0) {
            throw new CryptoException("not a sealed value (no key id)");
        }
        String keyId = sealed.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new CryptoException("value sealed with key '" + keyId + "', which is not configured in anju.crypto.keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new CryptoException("sealed value too short");
            }
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new CryptoException("sealed value was altered or is not from key '" + keyId + "'", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Whether re-encryption can leave this value alone. */
    public boolean isSealedWithActiveKey(String sealed) {
        return sealed == null || sealed.startsWith(activeKey + ":");
    }
}
