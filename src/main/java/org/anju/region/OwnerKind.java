package org.anju.region;

/** Whether an owner is a person or an organisation; decides which document number is valid. */
public enum OwnerKind {
    /** A natural person, identified by an 18-digit resident ID number. */
    PERSON,
    /** A company or institution, identified by an 18-character unified social credit code. */
    ORGANIZATION
}
