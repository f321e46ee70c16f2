package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

@MappedEntity("platform_audit_event")
record PlatformAuditRecord(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        String actorId,
        @Nullable String actorName,
        String action,
        @Nullable String tenantAlias,
        String entityType,
        String entityId,
        @Nullable @TypeDef(type = DataType.STRING) String details) {}
