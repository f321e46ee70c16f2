package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Map;

/** The request is well-formed but the current state refuses it ({@code code} says which rule): 409. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String key, Object... args) {
        super(code, key, List.of(args), List.of(), Map.of());
    }

    private ConflictException(ConflictException base, List<FieldError> fields, Map<String, Object> extra) {
        super(base.code(), base.key(), base.args(), fields, extra);
    }

    /** The same conflict naming a field, e.g. the email that is taken. */
    public ConflictException withField(String field, String key, Object... args) {
        return new ConflictException(this, plus(fields(), FieldError.of(field, key, args)), extra());
    }

    /** The same conflict with members for the client (e.g. the current answer). */
    public ConflictException withExtra(Map<String, Object> extra) {
        return new ConflictException(this, fields(), extra);
    }

    @Override
    public String kindTitleKey() {
        return "title.conflict";
    }
}
