package org.anju.iot.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Device secrets, stored as BCrypt hashes in iot_device. A verified secret is remembered (as a SHA-256
 * digest, per device and stored hash) so that a device posting every few seconds over HTTP or reconnecting
 * does not cost a BCrypt round each time.
 */
@Component
public class DeviceSecrets {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    public String hash(String secret) {
        return bcrypt.encode(secret);
    }

    public boolean matches(String code, String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        String key = code + "\n" + hash;
        String digest = sha256(secret);
        if (MessageDigest.isEqual(digest.getBytes(StandardCharsets.UTF_8),
                verified.getOrDefault(key, "").getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        if (bcrypt.matches(secret, hash)) {
            if (verified.size() > 100_000) {
                verified.clear();
            }
            verified.put(key, digest);
            return true;
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
