package io.socialmaturity.mail;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** Where the newest mail to one recipient of a subject stands. */
public record MailDelivery(
        long id,
        String recipientRef,
        String template,
        MailStatus status,
        int attempts,
        Instant queuedAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
