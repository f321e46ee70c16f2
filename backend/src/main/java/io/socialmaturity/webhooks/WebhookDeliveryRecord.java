package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One event for one endpoint: its body (signed anew at each attempt) and how its attempts went. */
@MappedEntity("webhook_delivery")
record WebhookDeliveryRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        long endpointId,
        String messageId,
        String eventType,
        String payload,
        DeliveryStatus status,
        int attempts,
        @Nullable Integer lastResponseCode,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant deliveredAt) {}
