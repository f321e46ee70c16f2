package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Map;

/**
 * What was sent is invalid: 400 {@code invalid-request} (or another code) with every offending field. Most checks are
 * bean-validation constraints on command records; this is for the rules that need the domain (e.g. a role the
 * tenant's kind does not have).
 */
public final class InvalidException extends DomainException {

    private InvalidException(String code, String key, List<?> args, List<FieldError> fields) {
        super(code, key, args, fields, Map.of());
    }

    /** One field; the detail is the field's message. */
    public static InvalidException field(String field, String key, Object... args) {
        FieldError error = FieldError.of(field, key, args);
        return new InvalidException("invalid-request", key, error.args(), List.of(error));
    }

    /** Several fields; the detail is "Some fields are invalid." */
    public static InvalidException fields(List<FieldError> fields) {
        return new InvalidException("invalid-request", "problem.invalid-request.fields", List.of(), fields);
    }

    /** Several fields with a detail of its own. */
    public static InvalidException fields(List<FieldError> fields, String key, Object... args) {
        return new InvalidException("invalid-request", key, List.of(args), fields);
    }

    /** Refused by another system for a reason of its own (e.g. {@code identity-rejected}), no field named. */
    public static InvalidException rejected(String code, String key, Object... args) {
        return new InvalidException(code, key, List.of(args), List.of());
    }

    /** These fields under a prefix, e.g. {@code firstAdmin.email}; the code stays. */
    public InvalidException prefixed(String prefix) {
        return new InvalidException(
                code(),
                fields().isEmpty() ? key() : "problem.invalid-request.fields",
                fields().isEmpty() ? args() : List.of(),
                fields().stream().map(f -> f.prefixed(prefix)).toList());
    }

    @Override
    public String kindTitleKey() {
        return "title.invalid-request";
    }
}
