package org.anju.iot;

/** A device's HTTP post without a valid device code and secret (answered 401). */
public class DeviceUnauthorizedException extends RuntimeException {

    public DeviceUnauthorizedException() {
        super("device code or secret wrong", null, false, false);
    }
}
