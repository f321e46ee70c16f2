package io.socialmaturity.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: every {@code poll-interval} it claims due messages of the kinds it has a handler for
 * ({@link OutboxClaims}, one short transaction), delivers each outside any transaction, and records SENT, a retry
 * with exponential back-off and the error, or FAILED with the reason after {@code max-attempts}. Every replica
 * runs one; SKIP LOCKED and the lease give each message to one of them.
 *
 * <p>At least once: a replica that dies after a delivery and before recording it leaves the message QUEUED;
 * when its lease ends another replica delivers it again. Handlers give the receiver a stable key per message
 * (mail: the Message-ID) so the repeat can be recognised. A failure to record an outcome is logged and
 * handled the same way.
 */
@Singleton
@Requires(property = "maturity.outbox.enabled", notEquals = "false")
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxClaims claims;
    private final Map<String, OutboxHandler> handlers;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> polling;

    OutboxDispatcher(
            OutboxClaims claims,
            List<OutboxHandler> handlers,
            OutboxProperties properties,
            Clock clock,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.claims = claims;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @EventListener
    void start(StartupEvent event) {
        if (handlers.isEmpty() || polling != null) {
            return;
        }
        polling = scheduler.scheduleWithFixedDelay(properties.pollInterval(), properties.pollInterval(), this::poll);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Claims and delivers batches until none is full (a backlog drains without waiting for the next tick). */
    void poll() {
        try {
            while (dispatchOnce() == properties.batchSize()) {
                // another full batch may be waiting
            }
        } catch (RuntimeException e) {
            // e.g. the database is away: the messages stay QUEUED and the next tick tries again
            LOG.warn("Outbox dispatch failed; retrying at the next poll: {}", e.toString());
        }
    }

    /** One claim and its deliveries; answers how many messages were claimed. */
    int dispatchOnce() {
        Instant now = Instant.now(clock);
        List<OutboxMessage> batch =
                claims.claim(now, handlers.keySet(), properties.batchSize(), now.plus(properties.lease()));
        for (OutboxMessage m : batch) {
            deliver(m, handlers.get(m.kind()));
        }
        return batch.size();
    }

    private void deliver(OutboxMessage m, OutboxHandler handler) {
        try {
            handler.deliver(m);
        } catch (OutboxHandler.PermanentFailure e) {
            claims.failed(m, reason(e), handler);
            return;
        } catch (Exception e) {
            int failures = m.attempts() + 1;
            if (failures >= properties.maxAttempts()) {
                claims.failed(m, reason(e), handler);
            } else {
                claims.retry(m, Instant.now(clock).plus(properties.retryDelay(failures)), reason(e));
            }
            LOG.info("Outbox message {} ({}) not delivered, attempt {}: {}", m.id(), m.kind(), failures, reason(e));
            return;
        }
        claims.sent(m, Instant.now(clock), handler);
    }

    /** The exception's message and its root cause's, e.g. "Couldn't connect to host … (Connection refused)". */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (root == e) {
            return own;
        }
        String cause =
                root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return own.contains(cause) ? own : own + " (" + cause + ")";
    }
}
