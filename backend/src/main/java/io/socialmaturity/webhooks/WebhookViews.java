package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The webhooks' request and answer records. */
final class WebhookViews {

    private WebhookViews() {}

    @Serdeable
    record NewWebhook(
            @Schema(description = "https URL of the receiver; must resolve to public addresses") @Nullable
            String url,

            @Schema(description = "At most 500 characters") @Nullable
            String description,

            @Schema(description = "Event types, e.g. assessment.closed; see GET /api/v1/webhooks/events") @Nullable
            List<String> events) {}

    /** What to change; a field left out (null) stays as it is. Enabling again sets the failure count back to 0. */
    @Serdeable
    record WebhookChanges(
            @Nullable String url,
            @Nullable String description,
            @Nullable List<String> events,
            @Nullable Boolean enabled) {}

    @Serdeable
    record Webhook(
            long id,
            String url,
            @Nullable String description,
            List<String> events,
            boolean enabled,

            @Schema(description = "Why it was disabled automatically (the last failure); null when enabled") @Nullable
            String disabledReason,

            @Schema(description = "Failed attempts in a row; it is disabled when this reaches the configured limit")
            int consecutiveFailures,

            Instant createdAt) {}

    /** A new endpoint with its signing secret: answered once; the product never shows the secret again. */
    @Serdeable
    record WebhookWithSecret(
            Webhook webhook,

            @Schema(description = "whsec_ + base64 key of the HMAC-SHA256 signatures (Standard Webhooks)")
            String secret) {}

    @Serdeable
    record Delivery(
            long id,

            @Schema(description = "The webhook-id header: the same for every attempt and redelivery")
            String messageId,

            String eventType,
            DeliveryStatus status,
            int attempts,
            @Nullable Integer lastResponseCode,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant lastAttemptAt,
            @Nullable Instant deliveredAt) {}

    static Webhook view(WebhookEndpointRecord r) {
        return new Webhook(
                r.id(),
                r.url(),
                r.description(),
                r.eventList(),
                r.enabled(),
                r.disabledReason(),
                r.consecutiveFailures(),
                r.createdAt());
    }

    static Delivery view(WebhookDeliveryRecord d) {
        return new Delivery(
                d.id(),
                d.messageId(),
                d.eventType(),
                d.status(),
                d.attempts(),
                d.lastResponseCode(),
                d.lastError(),
                d.createdAt(),
                d.lastAttemptAt(),
                d.deliveredAt());
    }
}
