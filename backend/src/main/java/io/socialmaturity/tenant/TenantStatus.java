package io.socialmaturity.tenant;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public enum TenantStatus {
    ACTIVE,
    DISABLED
}
