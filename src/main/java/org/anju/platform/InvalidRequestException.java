package org.anju.platform;

import java.util.List;

/**
 * Input that breaks a rule: answered 400 (or 422 for a business rule) with one entry per bad
 * field. Messages are keys in messages.properties, resolved in the caller's language.
 */
public class InvalidRequestException extends RuntimeException {

    /** One bad field; args fill the message's placeholders. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final String detailKey;
    private final List<FieldError> errors;
    private final int status;

    public InvalidRequestException(int status, String detailKey, List<FieldError> errors) {
        super(detailKey);
        this.status = status;
        this.detailKey = detailKey;
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException field(String field, String messageKey, Object... args) {
        return new InvalidRequestException(400, "error.invalid", List.of(new FieldError(field, messageKey, args)));
    }

    /** A request that is well formed but breaks a business rule (e.g. a name already taken). */
    public static InvalidRequestException rule(String field, String messageKey, Object... args) {
        return new InvalidRequestException(422, "error.rule", List.of(new FieldError(field, messageKey, args)));
    }

    public String detailKey() {
        return detailKey;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
