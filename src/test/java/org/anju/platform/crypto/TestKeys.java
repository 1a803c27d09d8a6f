package org.anju.platform.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Fixed keys for unit tests (never configuration): t1, t2, … derived from their names. */
public final class TestKeys {

    private TestKeys() {
    }

    public static SecretKey key(String id) {
        byte[] bytes = new byte[32];
        byte[] name = id.getBytes();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (name[i % name.length] + i);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A cipher holding every named key, sealing with the first. */
    public static FieldCipher cipher(String active, String... others) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(active, key(active));
        for (String other : others) {
            keys.put(other, key(other));
        }
        return new FieldCipher(keys, active);
    }

    public static BlindIndex index() {
        return new BlindIndex(new SecretKeySpec(key("hash").getEncoded(), "HmacSHA256"));
    }
}
