package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;

/**
 * A user of a tenant as Keycloak knows them.
 *
 * @param locale the language the user chose in Keycloak (its {@code locale} attribute, e.g. "it"), for their emails
 */
public record DirectoryUser(
        String id,
        @Nullable String email,
        String displayName,
        @Nullable String businessFunction,
        boolean enabled,
        @Nullable String locale) {}
