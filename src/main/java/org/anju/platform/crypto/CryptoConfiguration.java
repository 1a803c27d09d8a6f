package org.anju.platform.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the cipher and the blind index from configuration and refuses to start without them:
 * {@code anju.crypto.keys} (key-id=base64 of 32 bytes, comma-separated), {@code anju.crypto.active-key}
 * and {@code anju.crypto.hash-key}. Keys whose id starts with "demo" are published in the
 * repository; they are refused unless {@code anju.crypto.demo-keys-allowed} (demo, test, bench).
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    FieldCipher fieldCipher(@Value("${anju.crypto.keys:}") List<String> keys,
                            @Value("${anju.crypto.active-key:}") String activeKey,
                            @Value("${anju.crypto.demo-keys-allowed:false}") boolean demoAllowed) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : keys) {
            int eq = entry.indexOf('=');
            if (entry.isBlank()) {
                continue;
            }
            if (eq <= 0 || !entry.substring(0, eq).strip().matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalStateException("anju.crypto.keys: each entry is key-id=base64-key, not '"
                        + entry.substring(0, Math.max(0, eq)) + "=…'");
            }
            String id = entry.substring(0, eq).strip();
            refuseDemoKey(id, demoAllowed);
            parsed.put(id, aesKey("anju.crypto.keys[" + id + "]", entry.substring(eq + 1).strip()));
        }
        if (parsed.isEmpty() || activeKey.isBlank()) {
            throw new IllegalStateException("Personal data cannot be stored without keys: set ANJU_CRYPTO_KEYS "
                    + "(key-id=base64 of 32 random bytes) and ANJU_CRYPTO_ACTIVE_KEY (see docs/decisions/0004)");
        }
        return new FieldCipher(parsed, activeKey.strip());
    }

    @Bean
    BlindIndex blindIndex(@Value("${anju.crypto.hash-key:}") String hashKey,
                          @Value("${anju.crypto.demo-keys-allowed:false}") boolean demoAllowed) {
        if (hashKey.isBlank()) {
            throw new IllegalStateException("Set ANJU_CRYPTO_HASH_KEY (base64 of 32 random bytes) for the "
                    + "searchable hashes of ID numbers and phones (see docs/decisions/0004)");
        }
        String value = hashKey.strip();
        if (value.startsWith("demo:")) {
            refuseDemoKey("demo", demoAllowed);
            value = value.substring("demo:".length());
        }
        return new BlindIndex(new SecretKeySpec(decode("anju.crypto.hash-key", value), "HmacSHA256"));
    }

    private static void refuseDemoKey(String id, boolean demoAllowed) {
        if (id.startsWith("demo") && !demoAllowed) {
            throw new IllegalStateException("The demo key '" + id + "' is public: configure your own "
                    + "ANJU_CRYPTO_KEYS / ANJU_CRYPTO_HASH_KEY outside the demo");
        }
    }

    static SecretKey aesKey(String name, String base64) {
        return new SecretKeySpec(decode(name, base64), "AES");
    }

    private static byte[] decode(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (256 bits), not " + key.length);
        }
        return key;
    }
}
