package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;

/**
 * A user of a tenant as Keycloak knows them.
 *
 * @param locale the user's Keycloak {@code locale} attribute (e.g. "it"), the language of their emails; null when
 *     they never chose one
 */
public record DirectoryUser(
        String id,
        @Nullable String email,
        String displayName,
        @Nullable String businessFunction,
        boolean enabled,
        @Nullable String locale) {}
