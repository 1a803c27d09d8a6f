package org.anju.identity;

/** What an account may do, independent of where (that is its {@link Jurisdiction}). */
public enum Permission {
    /** Read the register (estates, buildings, houses, owners) within the jurisdiction. */
    REGISTER_READ,
    /** Create estates and import registers within the jurisdiction. */
    REGISTER_WRITE,
    /** Open one owner's full ID number and phone, with a stated reason that is audited. */
    PERSONAL_DATA_REVEAL,
    /** Browse the audit trail. */
    AUDIT_READ,
    /** Read the operational metrics endpoint. */
    METRICS_READ;

    /** The Spring Security authority string. */
    public String authority() {
        return "PERM_" + name();
    }
}
