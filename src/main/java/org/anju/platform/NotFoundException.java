package org.anju.platform;

/**
 * A record that does not exist or lies outside the caller's jurisdiction. Both answer 404 so
 * that a caller cannot learn that a record outside their jurisdiction exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found or not in jurisdiction");
    }
}
