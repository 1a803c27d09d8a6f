package org.anju.identity;

/**
 * One change or sensitive read to record. Who, when and from where are added by {@link AuditLog}.
 *
 * @param action     what happened: CREATE, UPDATE, DELETE, IMPORT, REVEAL, LOGIN…
 * @param entityType the record's kind, e.g. "estate"
 * @param entityId   the record's id
 * @param summary    one line a person can read
 * @param before     the state before (null for a creation); serialised as JSON
 * @param after      the state after (null for a deletion or a read)
 * @param reason     the reason given, where one is required (opening personal data)
 */
public record AuditEntry(String action, String entityType, String entityId, String summary, Object before, Object after,
                         String reason) {

    public static AuditEntry created(String entityType, Object id, String summary, Object after) {
        return new AuditEntry("CREATE", entityType, String.valueOf(id), summary, null, after, null);
    }
}
