package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.webhooks.WebhookViews.Delivery;
import io.socialmaturity.webhooks.WebhookViews.NewWebhook;
import io.socialmaturity.webhooks.WebhookViews.Webhook;
import io.socialmaturity.webhooks.WebhookViews.WebhookChanges;
import io.socialmaturity.webhooks.WebhookViews.WebhookWithSecret;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's endpoints: register (the secret answered once), list, change, enable or disable, delete, the delivery
 * log and redelivery. Everything is loaded by (tenant, id): another tenant's endpoint is 404. Every change is audited.
 */
@Singleton
class WebhookEndpoints {

    static final int MAX_PER_TENANT = 20;

    private final WebhookRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final WebhookPublisher publisher;
    private final AuditService audit;
    private final Clock clock;

    WebhookEndpoints(
            WebhookRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookTargets targets,
            WebhookPublisher publisher,
            AuditService audit,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.targets = targets;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<Webhook> list(CurrentUser admin) {
        return endpoints.live(admin.tenantId()).stream().map(WebhookViews::view).toList();
    }

    @Transactional
    Webhook get(CurrentUser admin, long id) {
        return WebhookViews.view(live(admin, id));
    }

    @Transactional
    WebhookWithSecret create(CurrentUser admin, NewWebhook command) {
        List<FieldError> errors = new ArrayList<>();
        Optional<URI> url = targets.check(errors, "url", command.url());
        String description = description(errors, command.description());
        String events = events(errors, command.events());
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
        if (endpoints.countLive(admin.tenantId()) >= MAX_PER_TENANT) {
            throw new ConflictException("too-many-webhooks", "problem.too-many-webhooks", MAX_PER_TENANT);
        }
        String secret = WebhookSignature.newSecret();
        WebhookEndpointRecord saved = endpoints.save(new WebhookEndpointRecord(
                null,
                admin.tenantId(),
                url.orElseThrow().toString(),
                description,
                events,
                secret,
                true,
                null,
                0,
                Instant.now(clock),
                admin.id(),
                null));
        audit.record(
                admin.tenantId(),
                admin,
                "webhook.created",
                "webhook",
                String.valueOf(saved.id()),
                Map.of("url", saved.url(), "events", saved.eventList()));
        return new WebhookWithSecret(WebhookViews.view(saved), secret);
    }

    @Transactional
    Webhook change(CurrentUser admin, long id, WebhookChanges command) {
        WebhookEndpointRecord e = endpoints
                .lock(admin.tenantId(), id)
                .filter(r -> r.deletedAt() == null)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.webhook", id));
        List<FieldError> errors = new ArrayList<>();
        String url = command.url() == null
                ? e.url()
                : targets.check(errors, "url", command.url()).map(URI::toString).orElse(e.url());
        String description =
                command.description() == null ? e.description() : description(errors, command.description());
        String events = command.events() == null ? e.events() : events(errors, command.events());
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!url.equals(e.url())
                || !events.equals(e.events())
                || !java.util.Objects.equals(description, e.description())) {
            endpoints.change(e.tenantId(), e.id(), url, description, events);
            details.put("url", url);
            details.put("events", events);
        }
        if (command.enabled() != null && command.enabled() != e.enabled()) {
            endpoints.setEnabled(e.tenantId(), e.id(), command.enabled(), null);
            details.put("enabled", command.enabled());
        }
        if (!details.isEmpty()) {
            audit.record(e.tenantId(), admin, "webhook.changed", "webhook", String.valueOf(e.id()), details);
        }
        return WebhookViews.view(endpoints.findLive(e.tenantId(), e.id()).orElseThrow());
    }

    @Transactional
    void delete(CurrentUser admin, long id) {
        WebhookEndpointRecord e = live(admin, id);
        endpoints.markDeleted(e.tenantId(), e.id(), Instant.now(clock));
        audit.record(e.tenantId(), admin, "webhook.deleted", "webhook", String.valueOf(e.id()), Map.of("url", e.url()));
    }

    @Transactional
    PageResponse<Delivery> deliveries(CurrentUser admin, long id, Paging paging) {
        WebhookEndpointRecord e = live(admin, id);
        List<Delivery> items = deliveries.page(e.tenantId(), e.id(), paging.size(), paging.offset()).stream()
                .map(WebhookViews::view)
                .toList();
        return new PageResponse<>(items, paging.page(), paging.size(), deliveries.count(e.tenantId(), e.id()));
    }

    /** Sends a delivery again (same webhook-id and body, newly signed), whatever its state; the endpoint must be enabled. */
    @Transactional
    Delivery redeliver(CurrentUser admin, long id, long deliveryId) {
        WebhookEndpointRecord e = live(admin, id);
        WebhookDeliveryRecord d = deliveries
                .find(e.tenantId(), deliveryId)
                .filter(r -> r.endpointId() == e.id())
                .orElseThrow(() -> NotFoundException.of("problem.not-found.webhook-delivery", deliveryId));
        if (!e.enabled()) {
            throw new ConflictException("webhook-disabled", "problem.webhook-disabled");
        }
        deliveries.setStatus(d.tenantId(), d.id(), DeliveryStatus.PENDING);
        publisher.enqueue(d);
        audit.record(
                e.tenantId(),
                admin,
                "webhook.redelivered",
                "webhook",
                String.valueOf(e.id()),
                Map.of("deliveryId", d.id(), "messageId", d.messageId()));
        return WebhookViews.view(deliveries.find(d.tenantId(), d.id()).orElseThrow());
    }

    private WebhookEndpointRecord live(CurrentUser admin, long id) {
        return endpoints
                .findLive(admin.tenantId(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.webhook", id));
    }

    @Nullable
    private static String description(List<FieldError> errors, @Nullable String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > 500) {
            errors.add(FieldError.of("description", "violation.max-characters", 500));
        }
        return description.strip();
    }

    private static String events(List<FieldError> errors, @Nullable List<String> events) {
        if (events == null || events.isEmpty()) {
            errors.add(FieldError.of("events", "violation.events-empty"));
            return "";
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (event == null || !WebhookEvents.ALL.contains(event)) {
                errors.add(FieldError.of(
                        "events[" + i + "]",
                        "violation.unknown-event",
                        String.valueOf(event),
                        String.join(", ", WebhookEvents.ALL)));
            } else {
                chosen.add(event);
            }
        }
        return String.join(",", chosen);
    }
}
