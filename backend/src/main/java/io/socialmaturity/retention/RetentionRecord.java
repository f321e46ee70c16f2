package io.socialmaturity.retention;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A tenant's retention setting (table tenant_retention, V27); no row means keep forever. */
@MappedEntity("tenant_retention")
record RetentionRecord(@Id long tenantId, int years, Instant updatedAt, String updatedBy) {}
