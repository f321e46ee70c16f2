package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;

/** A user of a tenant as Keycloak knows them. */
public record DirectoryUser(
        String id,
        @Nullable String email,
        String displayName,
        @Nullable String businessFunction,
        boolean enabled) {}
