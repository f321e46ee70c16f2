package io.socialmaturity.tenant;

import io.micronaut.serde.annotation.Serdeable;

/** A company assesses itself; a consultancy runs and compares assessments for its clients. */
@Serdeable
public enum TenantKind {
    COMPANY,
    CONSULTANCY
}
