package org.anju.billing;

/** Where a wilful-arrears record (恶意欠费) stands. */
public enum WilfulStatus {
    /** Recorded by the owners' committee with its evidence; the owner may object. */
    RECORDED,
    /** The owner objected; the township decides. */
    OBJECTED,
    /** The township upheld the record after the objection. */
    UPHELD,
    /** Revoked (objection accepted, or paid); no longer shared. */
    REVOKED
}
