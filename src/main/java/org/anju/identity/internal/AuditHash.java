package org.anju.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit entry: SHA-256 over its fields and the previous entry's hash, so that
 * changing or removing any entry breaks every hash after it.
 */
record AuditHash(long id, Instant occurredAt, String actor, String role, String action, String entityType,
                 String entityId, String summary, String reason, String remoteAddr, String before, String after,
                 String prevHash) {

    static final String GENESIS = "0".repeat(64);

    String compute() {
        String[] fields = {Long.toString(id), occurredAt.toString(), actor, role, action, entityType, entityId,
                summary, reason, remoteAddr, before, after, prevHash};
        StringBuilder text = new StringBuilder();
        for (String f : fields) {
            // length-prefixed so that no two different entries give the same text
            String v = f == null ? "" : f;
            text.append(f == null ? -1 : v.length()).append(':').append(v).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
