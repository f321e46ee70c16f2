package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An endpoint of a tenant; {@code events} is the comma-separated list of event types it receives. */
@MappedEntity("webhook_endpoint")
record WebhookEndpointRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        String url,
        @Nullable String description,
        String events,
        String secret,
        boolean enabled,
        @Nullable String disabledReason,
        int consecutiveFailures,
        Instant createdAt,
        String createdBy,
        @Nullable Instant deletedAt) {

    List<String> eventList() {
        return events.isEmpty() ? List.of() : Arrays.asList(events.split(","));
    }
}
