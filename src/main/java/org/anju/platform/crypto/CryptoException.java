package org.anju.platform.crypto;

/** A sealed value that cannot be opened: altered, malformed, or sealed with an unknown key. */
public class CryptoException extends RuntimeException {

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
