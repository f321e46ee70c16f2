package io.socialmaturity.platform.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

@MappedEntity("outbox_message")
record OutboxRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        String kind,
        String topic,
        String subject,
        String recipientRef,
        @TypeDef(type = DataType.STRING) String payload,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
