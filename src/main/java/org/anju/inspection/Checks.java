package org.anju.inspection;

import java.util.List;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;

/** Field checks shared by the inspection services. */
final class Checks {

    private Checks() {
    }

    static String text(String value, int max, String field, boolean required, List<FieldError> errors) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "inspection.error.required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, "inspection.error.tooLong", max));
        }
        return v;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
    }
}
