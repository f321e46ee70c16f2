package io.socialmaturity.webhooks;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.TestDatabase;
import io.socialmaturity.testing.TestSmtp;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Outgoing webhooks over real HTTP: a receiver on loopback (the JDK's HttpServer, answer codes switchable per path)
 * gets the signed POSTs the outbox sends; retries with the same webhook-id, redelivery, the endpoint disabled after
 * failures in a row across deliveries (with the admins' mail, also when another replica counted some of them), an
 * attempt bounded by the timeout when the receiver trickles its answer, isolation between tenants and bad input.
 *
 * <p>The outbox runs here with back-off in seconds: {@value #MAX_ATTEMPTS} attempts per message and the endpoint
 * disabled at the {@value #DISABLE_AFTER}th failure in a row, so max-attempts below disable-after-failures as in the
 * defaults (8 and 20): the failures of several events add up.
 */
@MicronautTest(transactional = false)
class WebhookDeliveryApiTest extends ApiTest {

    static final int MAX_ATTEMPTS = 3;
    static final int DISABLE_AFTER = 4;
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static final Receiver RECEIVER = new Receiver();
    /** The admins' mails (and any other test's leftovers) go here rather than to a port nobody owns. */
    static final TestSmtp SMTP = new TestSmtp().start();

    @Inject
    JsonMapper json;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    WebhookFailures failures;

    @Inject
    WebhookRepository endpoints;

    @Inject
    WebhookDeliveryRepository deliveryRecords;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(TestDatabase.properties());
        p.put("maturity.campaigns.jobs-enabled", "false");
        p.put("maturity.webhooks.allow-http", "true");
        p.put("maturity.webhooks.allow-private-addresses", "true");
        p.put("maturity.webhooks.disable-after-failures", String.valueOf(DISABLE_AFTER));
        p.put("maturity.webhooks.timeout", TIMEOUT.toSeconds() + "s");
        p.put(TestDatabase.OUTBOX_ENABLED, "true");
        p.put("maturity.outbox.poll-interval", "100ms");
        // a retry window of a second at least, so the test sees the RETRYING state between two attempts
        p.put("maturity.outbox.first-retry", "1s");
        p.put("maturity.outbox.max-retry", "2s");
        p.put("maturity.outbox.max-attempts", String.valueOf(MAX_ATTEMPTS));
        p.put("maturity.mail.port", String.valueOf(SMTP.port()));
        return p;
    }

    @AfterAll
    void stopServers() {
        RECEIVER.stop();
        SMTP.stop();
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void anOpenedAssessmentArrivesAsASignedPost() throws Exception {
        String path = "/signed";
        RECEIVER.answer(path, 204);
        Map<String, Object> created = register(ANNA_ADMIN, path, List.of("assessment.opened"));
        long hook = hookId(created);
        try {
            String secret = (String) created.get("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            assertFalse(
                    http.toBlocking()
                            .retrieve(get(ANNA_ADMIN, "/api/v1/webhooks"), String.class)
                            .contains(secret),
                    "never listed again");

            String title = "Hooked " + System.nanoTime();
            Instant before = Instant.now();
            long assessment = openAssessment(title);

            Receiver.Hit hit = RECEIVER.await(path, 1).get(0);
            assertEquals("POST", hit.method());
            assertEquals("application/json", hit.header("content-type"));
            String id = hit.header("webhook-id");
            String timestamp = hit.header("webhook-timestamp");
            assertNotNull(id, "webhook-id");
            assertTrue(id.startsWith("msg_"), id);
            long ts = Long.parseLong(timestamp);
            assertTrue(
                    ts >= before.getEpochSecond() - 1 && ts <= Instant.now().getEpochSecond() + 1,
                    "Unix seconds of the attempt: " + ts);
            assertSigned(secret, hit);

            Map<String, Object> body = json.readValue(hit.body(), Map.class);
            assertEquals("assessment.opened", body.get("type"));
            assertNotNull(Instant.parse((String) body.get("timestamp")));
            Map<String, Object> data = (Map<String, Object>) body.get("data");
            assertEquals(assessment, ((Number) data.get("assessmentId")).longValue());
            assertEquals(title, data.get("title"));

            Map<String, Object> delivery = awaitDelivery(hook, d -> "SUCCEEDED".equals(d.get("status")));
            assertEquals(id, delivery.get("messageId"));
            assertEquals("assessment.opened", delivery.get("eventType"));
            assertEquals(1, delivery.get("attempts"));
            assertEquals(204, delivery.get("lastResponseCode"));
            assertNotNull(delivery.get("deliveredAt"));
            assertEquals(1, RECEIVER.hits(path).size(), "sent once");
        } finally {
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    @Test
    void failedAttemptsAreRetriedWithTheSameWebhookIdUntilTheReceiverAnswers2xx() throws Exception {
        String path = "/flaky";
        RECEIVER.answer(path, 200, 500, 500);
        Map<String, Object> created = register(ANNA_ADMIN, path, List.of("assessment.opened"));
        long hook = hookId(created);
        try {
            openAssessment("Flaky " + System.nanoTime());

            Map<String, Object> retrying = awaitDelivery(hook, d -> "RETRYING".equals(d.get("status")));
            assertEquals(500, retrying.get("lastResponseCode"));
            assertEquals("HTTP 500", retrying.get("lastError"));
            assertNull(retrying.get("deliveredAt"));
            assertTrue(
                    ((Number) call(get(ANNA_ADMIN, "/api/v1/webhooks/" + hook)).get("consecutiveFailures")).intValue()
                            >= 1,
                    "the failure counted");

            Map<String, Object> delivered = awaitDelivery(hook, d -> "SUCCEEDED".equals(d.get("status")));
            assertEquals(3, delivered.get("attempts"));
            assertEquals(200, delivered.get("lastResponseCode"));
            assertNotNull(delivered.get("deliveredAt"));

            List<Receiver.Hit> hits = RECEIVER.hits(path);
            assertEquals(
                    List.of(500, 500, 200),
                    hits.stream().map(Receiver.Hit::answered).toList());
            assertEquals(
                    List.of(delivered.get("messageId")),
                    hits.stream().map(h -> h.header("webhook-id")).distinct().toList(),
                    "one webhook-id for every attempt");
            assertEquals(1, hits.stream().map(Receiver.Hit::body).distinct().count(), "the same body");
            for (Receiver.Hit h : hits) {
                assertSigned((String) created.get("secret"), h);
            }
            assertEquals(
                    0,
                    call(get(ANNA_ADMIN, "/api/v1/webhooks/" + hook)).get("consecutiveFailures"),
                    "a success resets the count");
        } finally {
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    @Test
    void redeliverSendsTheSameMessageAgain() throws Exception {
        String path = "/again";
        RECEIVER.answer(path, 200);
        Map<String, Object> created = register(ANNA_ADMIN, path, List.of("assessment.opened"));
        long hook = hookId(created);
        try {
            openAssessment("Again " + System.nanoTime());
            Map<String, Object> first = awaitDelivery(hook, d -> "SUCCEEDED".equals(d.get("status")));
            long delivery = id(first);

            var accepted = http.toBlocking()
                    .exchange(
                            post(
                                    ANNA_ADMIN,
                                    "/api/v1/webhooks/" + hook + "/deliveries/" + delivery + "/redeliver",
                                    Map.of()),
                            Map.class);
            assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
            assertEquals("PENDING", accepted.body().get("status"));

            List<Receiver.Hit> hits = RECEIVER.await(path, 2);
            assertEquals(2, hits.size());
            assertEquals(hits.get(0).header("webhook-id"), hits.get(1).header("webhook-id"));
            assertEquals(first.get("messageId"), hits.get(1).header("webhook-id"));
            assertEquals(hits.get(0).body(), hits.get(1).body());
            assertSigned((String) created.get("secret"), hits.get(1));
            Map<String, Object> again =
                    awaitDelivery(hook, d -> "SUCCEEDED".equals(d.get("status")) && attempts(d) == 2);
            assertEquals(delivery, id(again), "the same delivery, not a new one");
            assertEquals(1, deliveries(ANNA_ADMIN, hook).size());

            assertProblem(
                    404,
                    () -> http.toBlocking()
                            .exchange(post(
                                    ANNA_ADMIN,
                                    "/api/v1/webhooks/" + hook + "/deliveries/" + (delivery + 1_000_000) + "/redeliver",
                                    Map.of())));
        } finally {
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void failuresInARowAcrossDeliveriesDisableTheEndpointAndMailTheAdmins() throws Exception {
        String path = "/down";
        RECEIVER.answer(path, 503);
        long hook = hookId(register(ANNA_ADMIN, path, List.of("assessment.opened")));
        try {
            // one event fails all its attempts: FAILED for good, but the endpoint stays (max-attempts < disable-after)
            openAssessment("Down one " + System.nanoTime());
            Map<String, Object> first = awaitDelivery(hook, d -> "FAILED".equals(d.get("status")));
            assertEquals(MAX_ATTEMPTS, first.get("attempts"));
            assertEquals(503, first.get("lastResponseCode"));
            Map<String, Object> endpoint = call(get(ANNA_ADMIN, "/api/v1/webhooks/" + hook));
            assertEquals(true, endpoint.get("enabled"));
            assertEquals(MAX_ATTEMPTS, endpoint.get("consecutiveFailures"), "kept after the outbox gave up");

            // the next event's failure is the DISABLE_AFTER-th in a row: disabled, audited, the admins mailed
            openAssessment("Down two " + System.nanoTime());
            endpoint = await(
                    "disabled",
                    () -> call(get(ANNA_ADMIN, "/api/v1/webhooks/" + hook)),
                    e -> Boolean.FALSE.equals(e.get("enabled")));
            assertEquals("HTTP 503", endpoint.get("disabledReason"));
            assertEquals(DISABLE_AFTER, endpoint.get("consecutiveFailures"));
            assertEquals(DISABLE_AFTER, RECEIVER.hits(path).size());
            List<Map<String, Object>> log = deliveries(ANNA_ADMIN, hook);
            assertEquals(2, log.size());
            Map<String, Object> second = log.get(0);
            assertEquals(DISABLE_AFTER - MAX_ATTEMPTS, second.get("attempts"));
            assertEquals(
                    "FAILED",
                    await(
                                    "second delivery failed",
                                    () -> deliveries(ANNA_ADMIN, hook).get(0),
                                    d -> "FAILED".equals(d.get("status")))
                            .get("status"));

            List<Map<String, String>> mails = rows(
                    "SELECT o.recipient_ref, o.kind, o.payload FROM outbox_message o JOIN tenant t ON t.id = o.tenant_id"
                            + " WHERE t.alias = 'acme' AND o.topic = 'webhook-disabled' AND o.subject = ?",
                    "webhook:" + hook);
            assertTrue(
                    mails.stream().anyMatch(m -> m.get("recipient_ref").equals(ANNA_ID)),
                    "Anna, an admin of acme, is mailed: " + mails);
            assertTrue(mails.stream().allMatch(m -> m.get("kind").equals("email")), "" + mails);
            assertTrue(mails.get(0).get("payload").contains("/down"), "the URL in the mail: " + mails);
            assertEquals(
                    List.of(Map.of("action", "webhook.disabled")),
                    rows(
                            "SELECT action FROM audit_event WHERE entity_type = 'webhook' AND entity_id = ?"
                                    + " AND action = 'webhook.disabled'",
                            String.valueOf(hook)));

            // nothing more is queued for it, redelivery is refused until enabled again
            openAssessment("Down three " + System.nanoTime());
            assertEquals(2, deliveries(ANNA_ADMIN, hook).size());
            long secondId = id(second);
            var e = assertProblem(
                    409,
                    () -> http.toBlocking()
                            .exchange(post(
                                    ANNA_ADMIN,
                                    "/api/v1/webhooks/" + hook + "/deliveries/" + secondId + "/redeliver",
                                    Map.of())));
            assertEquals("webhook-disabled", type(e));

            RECEIVER.answer(path, 200);
            Map<String, Object> enabled =
                    call(as(ANNA_ADMIN, HttpRequest.PATCH("/api/v1/webhooks/" + hook, Map.of("enabled", true))));
            assertEquals(true, enabled.get("enabled"));
            assertEquals(0, enabled.get("consecutiveFailures"));
            assertNull(enabled.get("disabledReason"));
            call(post(ANNA_ADMIN, "/api/v1/webhooks/" + hook + "/deliveries/" + secondId + "/redeliver", Map.of()));
            Map<String, Object> redelivered = await(
                    "redelivered after enabling",
                    () -> deliveries(ANNA_ADMIN, hook).get(0),
                    d -> "SUCCEEDED".equals(d.get("status")));
            assertEquals(200, redelivered.get("lastResponseCode"));
        } finally {
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    /**
     * Two replicas fail deliveries to one endpoint at once: the one whose failure is the last straw loaded the
     * endpoint (and its count) before its attempt, when the count was still low; the admins are mailed all the same.
     */
    @Test
    void theAdminsAreMailedAlsoWhenAnotherReplicaCountedFailuresDuringTheAttempt() throws Exception {
        String path = "/race";
        RECEIVER.answer(path, 200);
        long hook = hookId(register(ANNA_ADMIN, path, List.of("assessment.opened")));
        try {
            openAssessment("Race " + System.nanoTime());
            long delivery = id(awaitDelivery(hook, d -> "SUCCEEDED".equals(d.get("status"))));
            WebhookEndpointRecord before = tx.executeRead(s ->
                    rows("SELECT tenant_id FROM webhook_endpoint WHERE id = ?", String.valueOf(hook)).stream()
                            .map(r -> endpoints
                                    .findLive(Long.parseLong(r.get("tenant_id")), hook)
                                    .orElseThrow())
                            .findFirst()
                            .orElseThrow());
            assertEquals(0, before.consecutiveFailures());
            WebhookDeliveryRecord d = tx.executeRead(
                    s -> deliveryRecords.find(before.tenantId(), delivery).orElseThrow());
            tx.executeWrite(s -> {
                endpoints.setFailures(before.tenantId(), hook, DISABLE_AFTER - 1); // the other replica's failures
                return null;
            });

            assertThrows(
                    io.socialmaturity.platform.outbox.OutboxHandler.PermanentFailure.class,
                    () -> failures.failed(before, d, 500, "HTTP 500"));
            assertEquals(
                    false, call(get(ANNA_ADMIN, "/api/v1/webhooks/" + hook)).get("enabled"));
            assertTrue(
                    rows(
                                    "SELECT o.recipient_ref FROM outbox_message o WHERE o.topic = 'webhook-disabled'"
                                            + " AND o.subject = ?",
                                    "webhook:" + hook)
                            .stream()
                            .anyMatch(m -> m.get("recipient_ref").equals(ANNA_ID)),
                    "Anna mailed");
        } finally {
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    @Test
    void anotherTenantNeitherSeesNorHearsAnEndpointAndNonAdminsAreForbidden() throws Exception {
        RECEIVER.answer("/acme-only", 200);
        RECEIVER.answer("/globex-only", 200);
        long acme = hookId(register(ANNA_ADMIN, "/acme-only", List.of("assessment.opened")));
        long globex = hookId(register(GINA_ADMIN, "/globex-only", List.of("assessment.opened")));
        try {
            openAssessment("Acme only " + System.nanoTime());
            long delivery = id(awaitDelivery(acme, d -> "SUCCEEDED".equals(d.get("status"))));
            assertEquals(1, RECEIVER.hits("/acme-only").size());

            String hook = "/api/v1/webhooks/" + acme;
            String redeliver = hook + "/deliveries/" + delivery + "/redeliver";
            assertProblem(404, () -> http.toBlocking().exchange(get(GINA_ADMIN, hook)));
            assertProblem(
                    404,
                    () -> http.toBlocking()
                            .exchange(as(GINA_ADMIN, HttpRequest.PATCH(hook, Map.of("enabled", false)))));
            assertProblem(404, () -> http.toBlocking().exchange(delete(GINA_ADMIN, hook)));
            assertProblem(404, () -> http.toBlocking().exchange(get(GINA_ADMIN, hook + "/deliveries")));
            assertProblem(404, () -> http.toBlocking().exchange(post(GINA_ADMIN, redeliver, Map.of())));
            // acme's delivery through globex's own endpoint
            assertProblem(
                    404,
                    () -> http.toBlocking()
                            .exchange(post(
                                    GINA_ADMIN,
                                    "/api/v1/webhooks/" + globex + "/deliveries/" + delivery + "/redeliver",
                                    Map.of())));
            assertFalse(
                    http.toBlocking()
                            .retrieve(get(GINA_ADMIN, "/api/v1/webhooks"), String.class)
                            .contains("/acme-only"),
                    "not listed for globex");

            // untouched by all that, and globex heard nothing (deliveries are queued with the event, in its tx)
            assertEquals(true, call(get(ANNA_ADMIN, hook)).get("enabled"));
            assertEquals(1, deliveries(ANNA_ADMIN, acme).size());
            assertEquals(List.of(), deliveries(GINA_ADMIN, globex));
            assertEquals(List.of(), RECEIVER.hits("/globex-only"));

            for (var request : List.of(
                    get(MARCO_MARKETING, "/api/v1/webhooks"),
                    get(MARCO_MARKETING, "/api/v1/webhooks/events"),
                    post(MARCO_MARKETING, "/api/v1/webhooks", newHook("/marco", List.of("assessment.opened"))),
                    get(MARCO_MARKETING, hook),
                    as(MARCO_MARKETING, HttpRequest.PATCH(hook, Map.of("enabled", false))),
                    delete(MARCO_MARKETING, hook),
                    get(MARCO_MARKETING, hook + "/deliveries"),
                    post(MARCO_MARKETING, redeliver, Map.of()))) {
                assertProblem(403, () -> http.toBlocking().exchange(request));
            }
            assertEquals(true, call(get(ANNA_ADMIN, hook)).get("enabled"));
            assertEquals(1, deliveries(ANNA_ADMIN, acme).size(), "no redelivery by anyone else");
        } finally {
            deleteHook(ANNA_ADMIN, acme);
            deleteHook(GINA_ADMIN, globex);
        }
    }

    @Test
    void aReceiverThatNeverFinishesItsAnswerIsAFailureAfterTheTimeout() {
        String path = "/slow";
        RECEIVER.answer(path, 200);
        RECEIVER.trickle(path, true);
        long hook = hookId(register(ANNA_ADMIN, path, List.of("assessment.opened")));
        try {
            openAssessment("Slow " + System.nanoTime());
            RECEIVER.await(path, 1);
            Instant sent = Instant.now();
            Map<String, Object> failed = awaitDelivery(hook, d -> attempts(d) >= 1);
            Duration took = Duration.between(sent, Instant.now());
            assertTrue(
                    took.compareTo(TIMEOUT.plusSeconds(3)) < 0,
                    "one attempt is bounded by maturity.webhooks.timeout, body included: " + took);
            assertEquals("RETRYING", failed.get("status"));
            assertNull(failed.get("lastResponseCode"));
            assertNotNull(failed.get("lastError"));

            // the dispatcher was not held: the retry to a receiver that now answers at once succeeds
            RECEIVER.trickle(path, false);
            Map<String, Object> delivered = awaitDelivery(hook, d -> "SUCCEEDED".equals(d.get("status")));
            assertEquals(2, delivered.get("attempts"));
        } finally {
            RECEIVER.trickle(path, false);
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertEquals(List.of("url"), invalid(Map.of("url", "not a url", "events", List.of("assessment.opened"))));
        assertEquals(List.of("url"), invalid(Map.of("events", List.of("assessment.opened"))));
        for (String url : List.of(
                "ftp://127.0.0.1/x",
                "/relative",
                "http://exa mple.example/",
                "http://user:pw@127.0.0.1/",
                "http://127.0.0.1:99999/hook")) {
            assertEquals(List.of("url"), invalid(Map.of("url", url, "events", List.of("assessment.opened"))), url);
        }
        assertEquals(
                List.of("events[1]"), invalid(newHook("/bad", List.of("assessment.opened", "assessment.exploded"))));
        assertEquals(List.of("events"), invalid(newHook("/bad", List.of())));
        assertEquals(
                List.of("events[0]", "url"), invalid(Map.of("url", "nope", "events", List.of("assessment.exploded"))));

        int registered = listed();
        // JSON of the wrong shape: a 400 invalid-request, not a 500 (the platform names the body argument, not the
        // JSON member: ProblemErrorResponseProcessor's ConversionErrorException branch)
        var shape = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/webhooks",
                                Map.of("url", url("/shape"), "events", Map.of("type", "assessment.opened")))));
        assertEquals("invalid-request", type(shape));
        shape = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(post(
                                ANNA_ADMIN,
                                "/api/v1/webhooks",
                                Map.of("url", Map.of("href", url("/shape")), "events", List.of("assessment.opened")))));
        assertEquals("invalid-request", type(shape));
        assertEquals(registered, listed(), "nothing registered by bad input");

        // the same on a change; the endpoint stays as it was
        long hook = hookId(register(ANNA_ADMIN, "/fine", List.of("assessment.opened")));
        try {
            String uri = "/api/v1/webhooks/" + hook;
            var e = assertProblem(
                    400,
                    () -> http.toBlocking().exchange(as(ANNA_ADMIN, HttpRequest.PATCH(uri, Map.of("url", "nope")))));
            assertEquals(List.of("url"), fields(body(e)));
            e = assertProblem(
                    400,
                    () -> http.toBlocking()
                            .exchange(as(ANNA_ADMIN, HttpRequest.PATCH(uri, Map.of("events", List.of("nope"))))));
            assertEquals(List.of("events[0]"), fields(body(e)));
            Map<String, Object> unchanged = call(get(ANNA_ADMIN, uri));
            assertTrue(((String) unchanged.get("url")).endsWith("/fine"));
            assertEquals(List.of("assessment.opened"), unchanged.get("events"));
        } finally {
            deleteHook(ANNA_ADMIN, hook);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The documented algorithm, written here independently of {@link WebhookSignature}. */
    static void assertSigned(String secret, Receiver.Hit hit) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = hit.header("webhook-id") + "." + hit.header("webhook-timestamp") + "." + hit.body();
        String expected =
                "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        String header = hit.header("webhook-signature");
        assertNotNull(header, "webhook-signature");
        assertTrue(Arrays.asList(header.split(" ")).contains(expected), header + " should hold " + expected);
    }

    String url(String path) {
        return "http://127.0.0.1:" + RECEIVER.port() + path;
    }

    Map<String, Object> newHook(String pathOrUrl, List<String> events) {
        return Map.of("url", pathOrUrl.startsWith("/") ? url(pathOrUrl) : pathOrUrl, "events", events);
    }

    Map<String, Object> register(String admin, String path, List<String> events) {
        return call(post(admin, "/api/v1/webhooks", newHook(path, events)));
    }

    int listed() {
        return http.toBlocking()
                .retrieve(
                        get(ANNA_ADMIN, "/api/v1/webhooks"),
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)))
                .size();
    }

    List<String> invalid(Map<String, Object> body) {
        var e = assertProblem(400, () -> http.toBlocking().exchange(post(ANNA_ADMIN, "/api/v1/webhooks", body)));
        return fields(body(e));
    }

    void deleteHook(String admin, long hook) {
        assertEquals(
                HttpStatus.NO_CONTENT,
                http.toBlocking()
                        .exchange(delete(admin, "/api/v1/webhooks/" + hook))
                        .getStatus());
    }

    /** A new assessment of acme with Marco invited, opened: the event assessment.opened. */
    long openAssessment(String title) {
        long id = id(call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", title))));
        call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/respondents", Map.of("userId", MARCO_ID)));
        assertEquals(
                "OPEN",
                call(post(ANNA_ADMIN, "/api/v1/assessments/" + id + "/open", Map.of()))
                        .get("status"));
        return id;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> deliveries(String admin, long hook) {
        return (List<Map<String, Object>>)
                call(get(admin, "/api/v1/webhooks/" + hook + "/deliveries")).get("items");
    }

    /** The newest delivery of the endpoint once it matches. */
    Map<String, Object> awaitDelivery(long hook, Predicate<Map<String, Object>> done) {
        return await(
                "delivery of webhook " + hook,
                () -> {
                    List<Map<String, Object>> log = deliveries(ANNA_ADMIN, hook);
                    return log.isEmpty() ? Map.of() : log.get(0);
                },
                done);
    }

    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        Instant until = Instant.now().plus(PATIENCE);
        while (true) {
            T value = probe.get();
            if (done.test(value)) {
                return value;
            }
            assertTrue(Instant.now().isBefore(until), what + " in time; last seen: " + value);
            TestSmtp.sleep(50);
        }
    }

    static int attempts(Map<String, Object> delivery) {
        return ((Number) delivery.get("attempts")).intValue();
    }

    static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static long hookId(Map<String, Object> created) {
        return id((Map<String, Object>) created.get("webhook"));
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("violations"))
                .stream().map(f -> (String) f.get("field")).sorted().toList();
    }

    List<Map<String, String>> rows(String sql, String parameter) {
        return tx.executeRead(status -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (PreparedStatement st = status.getConnection().prepareStatement(sql)) {
                st.setString(1, parameter);
                try (ResultSet rs = st.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Map<String, String> row = new HashMap<>();
                        for (int c = 1; c <= columns; c++) {
                            row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getString(c));
                        }
                        rows.add(row);
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    /**
     * A webhook receiver on 127.0.0.1 and a free port: records every request and answers each path with its planned
     * codes (the first ones once each, then the last one always).
     */
    static final class Receiver {

        record Hit(String path, String method, Map<String, String> headers, String body, int answered) {
            String header(String name) {
                return headers.get(name.toLowerCase(Locale.ROOT));
            }
        }

        private final HttpServer server;
        private final List<Hit> hits = new CopyOnWriteArrayList<>();
        private final Map<String, Deque<Integer>> first = new ConcurrentHashMap<>();
        private final Map<String, Integer> then = new ConcurrentHashMap<>();
        private final Set<String> trickling = ConcurrentHashMap.newKeySet();

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        /** The path answers {@code firstCodes} once each, then {@code thenAlways}. */
        void answer(String path, int thenAlways, int... firstCodes) {
            Deque<Integer> codes = new ConcurrentLinkedDeque<>();
            for (int c : firstCodes) {
                codes.add(c);
            }
            first.put(path, codes);
            then.put(path, thenAlways);
        }

        /** While trickling, the path answers 200 at once and then its body a byte at a time (at most 25 s). */
        void trickle(String path, boolean on) {
            if (on) {
                trickling.add(path);
            } else {
                trickling.remove(path);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            if (trickling.contains(path)) {
                hits.add(new Hit(path, exchange.getRequestMethod(), headers, body, 200));
                exchange.sendResponseHeaders(200, 0);
                Instant until = Instant.now().plusSeconds(25);
                try (var out = exchange.getResponseBody()) {
                    while (trickling.contains(path) && Instant.now().isBefore(until)) {
                        out.write('x');
                        out.flush();
                        TestSmtp.sleep(100);
                    }
                } catch (IOException gone) {
                    // the sender hung up
                }
                exchange.close();
                return;
            }
            Deque<Integer> planned = first.get(path);
            Integer next = planned == null ? null : planned.poll();
            int code = next != null ? next : then.getOrDefault(path, 404);
            hits.add(new Hit(path, exchange.getRequestMethod(), headers, body, code));
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        }

        List<Hit> hits(String path) {
            return hits.stream().filter(h -> h.path().equals(path)).toList();
        }

        /** The path's hits once there are {@code count}, waiting up to the test's patience. */
        List<Hit> await(String path, int count) {
            return WebhookDeliveryApiTest.await(
                    "" + count + " requests on " + path, () -> hits(path), h -> h.size() >= count);
        }

        void stop() {
            server.stop(0);
        }
    }
}
