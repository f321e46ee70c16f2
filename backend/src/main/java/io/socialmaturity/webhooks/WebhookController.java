package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.webhooks.WebhookViews.Delivery;
import io.socialmaturity.webhooks.WebhookViews.NewWebhook;
import io.socialmaturity.webhooks.WebhookViews.Webhook;
import io.socialmaturity.webhooks.WebhookViews.WebhookChanges;
import io.socialmaturity.webhooks.WebhookViews.WebhookWithSecret;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The tenant's webhook endpoints and their delivery logs, managed by its tenant admins; another tenant's is 404. */
@Controller("/api/v1/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "webhooks")
class WebhookController {

    private final WebhookEndpoints webhooks;

    WebhookController(WebhookEndpoints webhooks) {
        this.webhooks = webhooks;
    }

    @Get("/events")
    @Operation(summary = "The event types an endpoint can subscribe to", description = "The payload's type field.")
    List<String> events() {
        return WebhookEvents.ALL;
    }

    @Get
    @Operation(summary = "The tenant's webhook endpoints", description = "Secrets are never listed.")
    List<Webhook> list(CurrentUser admin) {
        return webhooks.list(admin);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Register a webhook endpoint",
            description = "The URL must be https and resolve only to public addresses (checked again before every"
                    + " delivery); events are types of GET /events. Deliveries are POSTs of {type, timestamp, data}"
                    + " signed per Standard Webhooks: headers webhook-id, webhook-timestamp and webhook-signature ="
                    + " v1,base64(HMAC-SHA256(key, id.timestamp.body)) where key is the base64 after whsec_ of the"
                    + " secret, answered only this once.")
    WebhookWithSecret create(CurrentUser admin, @Body NewWebhook body) {
        return webhooks.create(admin, body);
    }

    @Get("/{id}")
    @Operation(summary = "One webhook endpoint", description = "With its state and failure count.")
    Webhook get(CurrentUser admin, @PathVariable long id) {
        return webhooks.get(admin, id);
    }

    @Patch("/{id}")
    @Operation(
            summary = "Change, disable or enable a webhook endpoint",
            description = "Fields left out stay; enabling again sets the failure count back to 0.")
    Webhook change(CurrentUser admin, @PathVariable long id, @Body WebhookChanges body) {
        return webhooks.change(admin, id, body);
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a webhook endpoint", description = "Deliveries still queued are skipped.")
    HttpResponse<Void> delete(CurrentUser admin, @PathVariable long id) {
        webhooks.delete(admin, id);
        return HttpResponse.noContent();
    }

    @Get("/{id}/deliveries")
    @Operation(
            summary = "The endpoint's delivery log, newest first",
            description = "Status, attempts, the last response code or error, and times.")
    PageResponse<Delivery> deliveries(
            CurrentUser admin,
            @PathVariable long id,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return webhooks.deliveries(admin, id, Paging.of(page, size));
    }

    @Post("/{id}/deliveries/{deliveryId}/redeliver")
    @Status(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Send a delivery again",
            description = "The same webhook-id and body, signed anew; 409 while the endpoint is disabled.")
    Delivery redeliver(CurrentUser admin, @PathVariable long id, @PathVariable long deliveryId) {
        return webhooks.redeliver(admin, id, deliveryId);
    }
}
