package io.socialmaturity.provisioning;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("tenant_deletion")
record TenantDeletionRecord(
        @Id long tenantId, Instant requestedAt, String requestedBy, Instant dueAt, boolean wasDisabled) {}
