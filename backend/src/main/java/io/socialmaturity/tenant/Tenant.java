package io.socialmaturity.tenant;

import io.micronaut.core.annotation.Nullable;

/**
 * A tenant as the rest of the product sees it. {@code id} is the internal key used in every
 * tenant-owned table; {@code alias} is the Keycloak Organization alias carried in tokens.
 */
public record Tenant(
        long id,
        String alias,
        String name,
        TenantKind kind,
        @Nullable String industry,
        @Nullable String sizeBand,
        @Nullable String country,
        TenantStatus status) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    static Tenant of(TenantRecord r) {
        return new Tenant(r.id(), r.alias(), r.name(), r.kind(), r.industry(), r.sizeBand(), r.country(), r.status());
    }
}
