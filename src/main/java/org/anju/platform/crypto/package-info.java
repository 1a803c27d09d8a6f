/**
 * Encryption of personal data at rest (PIPL art. 51, 等保 2.0 confidentiality): AES-GCM field
 * ciphertext that names its key, so keys can be rotated, and keyed hashes for exact-match search.
 */
package org.anju.platform.crypto;
