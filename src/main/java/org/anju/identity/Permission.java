package org.anju.identity;

/**
 * What an account may do, independent of where (that is its {@link Jurisdiction}). Which role
 * holds which permission is data the county's administrator edits (table idn_role_permission);
 * each value has a message key {@code permission.NAME} for its Chinese name.
 */
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
    METRICS_READ,
    /** Create accounts, disable, enable and unlock them, reset their passwords, read their login history. */
    ACCOUNT_ADMIN,
    /** Edit which role holds which permission (never the editor's own role). */
    PERMISSION_ADMIN;

    /** The Spring Security authority string. */
    public String authority() {
        return "PERM_" + name();
    }

    /** Message key of the permission's Chinese/English name. */
    public String messageKey() {
        return "permission." + name();
    }
}
