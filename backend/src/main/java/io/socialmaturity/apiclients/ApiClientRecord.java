package io.socialmaturity.apiclients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One API client of a tenant; {@code clientId} is the Keycloak clientId (the tokens' {@code azp}). */
@MappedEntity("api_client")
record ApiClientRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        String clientId,
        String keycloakId,
        String name,
        String role,
        Instant createdAt,
        String createdBy,
        Instant secretRotatedAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant deletedAt) {}
