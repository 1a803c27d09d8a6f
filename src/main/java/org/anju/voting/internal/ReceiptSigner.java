package org.anju.voting.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs ballot receipts: HMAC-SHA256 over vote, motion, owner (or the developer's voter), choice and the instant of
 * casting, with a server key, so an owner can later show that the count holds their ballot as cast and nobody
 * without the key can forge a receipt. The key is {@code anju.voting.receipt-key} (base64 of 32 bytes) or, if unset,
 * derived from the configured {@code anju.crypto.hash-key} (HMAC of a fixed label: a key of its own, not the hash
 * key itself; see platform/crypto and docs/decisions/0004).
 *
 * <p>A receipt reads {@code voteId.motionId.o<ownerId>|v<voterId>.CHOICE.castAtMicros.signature}.
 */
@Component
public class ReceiptSigner {

    /** A receipt's signed fields. */
    public record Signed(long voteId, long motionId, String who, String choice, long castAtMicros) {
    }

    private final ThreadLocal<Mac> mac;

    ReceiptSigner(@Value("${anju.voting.receipt-key:}") String receiptKey,
                  @Value("${anju.crypto.hash-key:}") String hashKey) {
        byte[] key = receiptKey.isBlank() ? derive(hashKey) : decode(receiptKey.strip());
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(spec);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 unavailable", e);
            }
        });
        mac.get();
    }

    public String sign(Signed s) {
        String body = s.voteId() + "." + s.motionId() + "." + s.who() + "." + s.choice() + "." + s.castAtMicros();
        return body + "." + signature(body);
    }

    /** The signed fields of a genuine receipt; empty for a malformed or forged one. */
    public Optional<Signed> verify(String receipt) {
        if (receipt == null || receipt.length() > 200) {
            return Optional.empty();
        }
        String[] p = receipt.strip().split("\\.");
        if (p.length != 6) {
            return Optional.empty();
        }
        String body = String.join(".", Arrays.copyOf(p, 5));
        if (!MessageDigest.isEqual(signature(body).getBytes(StandardCharsets.US_ASCII),
                p[5].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Signed(Long.parseLong(p[0]), Long.parseLong(p[1]), p[2], p[3], Long.parseLong(p[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String body) {
        byte[] full = mac.get().doFinal(("anju-ballot-v1|" + body).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
    }

    private static byte[] derive(String hashKey) {
        if (hashKey == null || hashKey.isBlank()) {
            throw new IllegalStateException("Set anju.voting.receipt-key or anju.crypto.hash-key to sign ballot receipts");
        }
        String value = hashKey.strip();
        byte[] base = decode(value.startsWith("demo:") ? value.substring(5) : value);
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(base, "HmacSHA256"));
            return m.doFinal("anju voting receipt key v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("anju.voting.receipt-key is not base64");
        }
    }
}
