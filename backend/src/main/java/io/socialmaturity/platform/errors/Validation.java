package io.socialmaturity.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one validation style: a command record carries jakarta constraints (the vocabulary's included); a use case that
 * also has rules needing the domain (a role the tenant's kind does not have) checks the record with
 * {@link #violations}, adds its own {@link FieldError}s, and throws one {@link InvalidException} naming every field.
 * Controllers of commands without such rules simply take {@code @Valid @Body}.
 */
public final class Validation {

    private Validation() {}

    /** The record's constraint violations as field errors, by field name. */
    public static List<FieldError> violations(Validator validator, Object command) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(command)) {
            errors.add(FieldError.of(v.getPropertyPath().toString(), v));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** Throws when there is any error. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
    }
}
