package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Map;

/** Something the product depends on (identity provider, mail, database) cannot be reached; nothing changed: 503. */
public final class UnavailableException extends DomainException {

    public UnavailableException(String code, String key, Object... args) {
        super(code, key, List.of(args), List.of(), Map.of());
    }

    /** Keycloak cannot be reached or failed. */
    public static UnavailableException identityProvider() {
        return new UnavailableException("identity-provider-unavailable", "problem.identity-provider-unavailable");
    }

    @Override
    public String kindTitleKey() {
        return "title.unavailable";
    }
}
