package io.socialmaturity.platform.outbox;

import java.time.Instant;

/**
 * A claimed outbox message as its handler sees it: with its payload, and {@code attempts} made before this one.
 */
public record OutboxMessage(
        long id,
        long tenantId,
        String kind,
        String topic,
        String subject,
        String recipientRef,
        String payload,
        int attempts,
        Instant createdAt) {}
