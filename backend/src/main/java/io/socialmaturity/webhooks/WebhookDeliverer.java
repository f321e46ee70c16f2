package io.socialmaturity.webhooks;

import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.platform.outbox.OutboxHandler;
import io.socialmaturity.platform.outbox.OutboxMessage;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The outbox's handler of kind "webhook": one attempt of one delivery. Before each attempt the endpoint must still be
 * enabled and its URL pass the SSRF guard again (the name may resolve elsewhere now); then the body is POSTed with
 * the Standard Webhooks headers, signed anew with this attempt's timestamp, the same {@code webhook-id} every time.
 * A 2xx answer is a success; anything else (another status, a refused address, no connection, a timeout) is a
 * failure recorded in the delivery log and retried by the outbox with back-off, until {@link WebhookFailures}
 * disables the endpoint. Redirects are not followed.
 */
@Singleton
class WebhookDeliverer implements OutboxHandler {

    private final WebhookRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final WebhookFailures failures;
    private final WebhookProperties properties;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final HttpClient http;

    WebhookDeliverer(
            WebhookRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookTargets targets,
            WebhookFailures failures,
            WebhookProperties properties,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.targets = targets;
        this.failures = failures;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String kind() {
        return WebhookPublisher.KIND;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        long deliveryId = Long.parseLong(message.recipientRef());
        Optional<WebhookDeliveryRecord> found =
                transactions.executeRead(s -> deliveries.find(message.tenantId(), deliveryId));
        if (found.isEmpty()) {
            return; // nothing to deliver any more
        }
        WebhookDeliveryRecord d = found.get();
        Optional<WebhookEndpointRecord> endpoint =
                transactions.executeRead(s -> endpoints.findLive(d.tenantId(), d.endpointId()));
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            transactions.executeWrite(s -> {
                deliveries.setStatus(d.tenantId(), d.id(), DeliveryStatus.SKIPPED);
                return null;
            });
            return;
        }
        WebhookEndpointRecord e = endpoint.get();
        Optional<String> refused = targets.refusal(e.url());
        if (refused.isPresent()) {
            failures.failed(e, d, null, "refused target: " + refused.get().replace('|', ' '));
            return;
        }
        Instant at = Instant.now(clock);
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(e.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "SocialMaturity-Webhooks/1")
                .header("webhook-id", d.messageId())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.sign(e.secret(), d.messageId(), timestamp, d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                .build();
        int status;
        // a deadline on the whole exchange: the request timeout ends with the headers, and a receiver trickling its
        // body would otherwise hold the outbox dispatcher (every tenant's mails and webhooks) as long as it likes
        CompletableFuture<HttpResponse<Void>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            status = exchange.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .statusCode();
        } catch (TimeoutException ex) {
            exchange.cancel(true);
            failures.failed(
                    e,
                    d,
                    null,
                    "no complete answer within " + properties.timeout().toMillis() + " ms");
            return;
        } catch (ExecutionException ex) {
            failures.failed(e, d, null, reason(ex.getCause() != null ? ex.getCause() : ex));
            return;
        } catch (InterruptedException ex) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            failures.failed(e, d, null, "interrupted");
            return;
        }
        if (status >= 200 && status < 300) {
            failures.succeeded(e, d, status);
        } else {
            failures.failed(e, d, status, "HTTP " + status);
        }
    }

    /** The outbox gave up on the message: its delivery is FAILED for good. */
    @Override
    public void gaveUp(OutboxMessage message, String reason) {
        deliveries.gaveUp(
                message.tenantId(), Long.parseLong(message.recipientRef()), DeliveryStatus.FAILED, cut(reason));
    }

    static String reason(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return e.getClass().getSimpleName() + ": " + m;
    }

    static String cut(String s) {
        return s == null ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
