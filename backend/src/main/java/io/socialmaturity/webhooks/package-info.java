/**
 * Outgoing webhooks: the endpoints a tenant admin registers for events (tables {@code webhook_endpoint},
 * {@code webhook_delivery}), each event queued through the outbox (kind "webhook") in the transaction of the change,
 * delivered signed per the Standard Webhooks scheme with retries, a delivery log, redelivery, the SSRF guard and
 * automatic disabling after repeated failures (with a mail to the tenant admins).
 * Public face: the API ({@code /api/v1/webhooks}) and {@link io.socialmaturity.webhooks.WebhookPublisher} (the hook
 * through which a feature's event becomes a webhook, e.g. the action plans' {@code ActionChanged}).
 */
package io.socialmaturity.webhooks;
