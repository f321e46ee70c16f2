package io.socialmaturity.platform.outbox;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One message of the outbox as its writer may read it back: where it stands, not its payload. */
public record OutboxEntry(
        long id,
        String kind,
        String topic,
        String subject,
        String recipientRef,
        OutboxStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
