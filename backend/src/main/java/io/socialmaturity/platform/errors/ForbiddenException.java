package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Map;

/** The caller may not do this (beyond what the route's roles check): 403. */
public final class ForbiddenException extends DomainException {

    private ForbiddenException(String code, String key, List<?> args, List<FieldError> fields) {
        super(code, key, args, fields, Map.of());
    }

    public static ForbiddenException of(String key, Object... args) {
        return new ForbiddenException("forbidden", key, List.of(args), List.of());
    }

    /** A refusal with a code of its own naming the field, e.g. {@code forbidden-role} on {@code roles}. */
    public static ForbiddenException field(String code, String key, String field, String fieldKey) {
        return new ForbiddenException(code, key, List.of(), List.of(FieldError.of(field, fieldKey)));
    }

    @Override
    public String kindTitleKey() {
        return "title.forbidden";
    }
}
