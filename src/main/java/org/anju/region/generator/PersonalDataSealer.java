package org.anju.region.generator;

import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;

/**
 * Writes generated ID numbers and phones as the register stores them: sealed with the active key
 * and hashed for search (docs/decisions/0004). Each value is sealed with a fresh nonce, so the
 * sealed text differs from run to run while what it opens to stays the same for a seed.
 */
public record PersonalDataSealer(FieldCipher cipher, BlindIndex index) {

    /** Sealed value and its hash, as two COPY columns. */
    Object[] idNumber(String value) {
        return new Object[] {cipher.seal(value), index.idNumber(value)};
    }

    Object[] phone(String value) {
        return new Object[] {cipher.seal(value), index.phone(value)};
    }
}
