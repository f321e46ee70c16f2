package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Map;

/** Nothing with this id exists for the caller (another tenant's included): 404. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String code, String key, Object... args) {
        super(code, key, List.of(args), List.of(), Map.of());
    }

    /** The usual {@code not-found}: {@code key} names the thing, e.g. {@code problem.not-found.user}. */
    public static NotFoundException of(String key, Object... args) {
        return new NotFoundException("not-found", key, args);
    }

    @Override
    public String kindTitleKey() {
        return "title.not-found";
    }
}
