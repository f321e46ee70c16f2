package io.socialmaturity.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The product's own record of a tenant; the Keycloak Organization with the same alias holds its members. */
@MappedEntity("tenant")
record TenantRecord(
        @Id @GeneratedValue @Nullable Long id,
        String alias,
        String name,
        TenantKind kind,
        @Nullable String industry,
        @Nullable String sizeBand,
        @Nullable String country,
        TenantStatus status,
        @DateCreated @Nullable Instant createdAt) {}
