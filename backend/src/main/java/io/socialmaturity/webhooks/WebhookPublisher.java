package io.socialmaturity.webhooks;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.platform.outbox.Outbox;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an event of a tenant into one delivery per enabled endpoint subscribed to its type: the delivery row and its
 * outbox message (kind {@value #KIND}) are written in the caller's transaction, so the change and its webhooks are
 * stored together or not at all; {@link WebhookDeliverer} sends them after the commit.
 *
 * <p>The hook for a new event: call {@link #publish} from a synchronous listener of it inside its transaction, as
 * {@link WebhookEventListeners} does (e.g. {@code onActionChanged} for the action plans), and add the event
 * to the webhooks' allow-list entry in {@code FeatureBoundariesTest}.
 */
@Singleton
public class WebhookPublisher {

    static final String KIND = "webhook";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    WebhookPublisher(
            WebhookRepository endpoints,
            WebhookDeliveryRepository deliveries,
            Outbox outbox,
            JsonMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the event for the tenant's endpoints; answers how many deliveries were queued. The body is
     * {@code {"type": …, "timestamp": …, "data": {…}}}.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int publish(long tenantId, String type, Map<String, ?> data) {
        if (!WebhookEvents.ALL.contains(type)) {
            throw new IllegalArgumentException("not a webhook event type: " + type);
        }
        Instant at = Instant.now(clock);
        int queued = 0;
        for (WebhookEndpointRecord e : endpoints.enabled(tenantId)) {
            if (!e.eventList().contains(type)) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            body.put("timestamp", at.toString());
            body.put("data", data);
            queue(tenantId, e.id(), type, write(body), at);
            queued++;
        }
        return queued;
    }

    /** A delivery and its outbox message; the message id is the webhook-id of every attempt of it. */
    long queue(long tenantId, long endpointId, String type, String body, Instant at) {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        WebhookDeliveryRecord d = deliveries.save(new WebhookDeliveryRecord(
                null,
                tenantId,
                endpointId,
                "msg_" + HexFormat.of().formatHex(id),
                type,
                body,
                DeliveryStatus.PENDING,
                0,
                null,
                null,
                at,
                null,
                null));
        enqueue(d);
        return d.id();
    }

    /** An outbox message for this delivery (also a redelivery's). */
    void enqueue(WebhookDeliveryRecord d) {
        outbox.enqueue(
                d.tenantId(),
                KIND,
                d.eventType(),
                "webhook:" + d.endpointId(),
                String.valueOf(d.id()),
                "{\"deliveryId\":" + d.id() + "}");
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
