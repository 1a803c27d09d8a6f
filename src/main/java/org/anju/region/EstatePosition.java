package org.anju.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * An estate's position for the maps (WGS-84 degrees, as a phone or an online map gives them): both or neither,
 * longitude 73–136 E and latitude 3–54 N (China's extent, so that a swapped pair is refused), at most six decimals
 * (about 0.1 m). The same bounds are a check constraint of reg_estate.
 */
public final class EstatePosition {

    static final BigDecimal MIN_LONGITUDE = new BigDecimal("73");
    static final BigDecimal MAX_LONGITUDE = new BigDecimal("136");
    static final BigDecimal MIN_LATITUDE = new BigDecimal("3");
    static final BigDecimal MAX_LATITUDE = new BigDecimal("54");

    private EstatePosition() {
    }

    /** The errors of a pair (empty when it is fine); null and null is fine (not recorded). */
    public static List<FieldError> errors(BigDecimal longitude, BigDecimal latitude) {
        List<FieldError> errors = new ArrayList<>();
        if (longitude == null && latitude == null) {
            return errors;
        }
        if (longitude == null || !within(longitude, MIN_LONGITUDE, MAX_LONGITUDE)) {
            errors.add(new FieldError("longitude", "error.estate.longitude"));
        }
        if (latitude == null || !within(latitude, MIN_LATITUDE, MAX_LATITUDE)) {
            errors.add(new FieldError("latitude", "error.estate.latitude"));
        }
        return errors;
    }

    /** Throws a 400 with one error per bad coordinate. */
    public static void check(BigDecimal longitude, BigDecimal latitude) {
        List<FieldError> errors = errors(longitude, latitude);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
    }

    private static boolean within(BigDecimal v, BigDecimal min, BigDecimal max) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0 && v.stripTrailingZeros().scale() <= 6;
    }
}
