package org.anju.workforce;

import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/** Free text as the workforce forms accept it: stripped, null when blank, no control characters, a maximum length. */
final class Text {

    private Text() {
    }

    static String of(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max || s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r')) {
            errors.add(new FieldError(field, "workforce.error.text", max));
        }
        return s;
    }
}
