package org.anju.identity;

/**
 * The audit trail every module writes to. An entry is written in the caller's transaction,
 * so a change that rolls back leaves no entry, and an entry is never lost for a committed change.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Records an entry for a named actor where no one is signed in yet (a login attempt). */
    void recordAs(String actor, AuditEntry entry);
}
