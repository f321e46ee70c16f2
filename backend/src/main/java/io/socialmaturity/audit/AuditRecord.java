package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

@MappedEntity("audit_event")
record AuditRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        Instant occurredAt,
        String actorId,
        @Nullable String actorName,
        String action,
        String entityType,
        String entityId,
        @Nullable @TypeDef(type = DataType.STRING) String details) {}
