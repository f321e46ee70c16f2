package io.socialmaturity.platform.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The dispatcher's short transactions: claim due messages (locked with SKIP LOCKED, then leased by pushing
 * {@code next_attempt_at} past the delivery, so the lock can be released at once), and record each outcome.
 * An outcome is recorded only while the message is still QUEUED, so a late replica cannot undo a result.
 */
@Singleton
class OutboxClaims {

    static final int MAX_ERROR = 500;

    private final OutboxRepository repository;

    OutboxClaims(OutboxRepository repository) {
        this.repository = repository;
    }

    @Transactional
    List<OutboxMessage> claim(Instant now, Collection<String> kinds, int limit, Instant leaseUntil) {
        List<OutboxRecord> due = repository.lockDue(now, kinds, limit);
        for (OutboxRecord r : due) {
            repository.lease(r.tenantId(), r.id(), leaseUntil);
        }
        return due.stream()
                .map(r -> new OutboxMessage(
                        r.id(),
                        r.tenantId(),
                        r.kind(),
                        r.topic(),
                        r.subject(),
                        r.recipientRef(),
                        r.payload(),
                        r.attempts(),
                        r.createdAt()))
                .toList();
    }

    @Transactional
    void sent(OutboxMessage m, Instant at, OutboxHandler handler) {
        if (repository.markSent(m.tenantId(), m.id(), at) == 1) {
            handler.delivered(m, at);
        }
    }

    @Transactional
    void retry(OutboxMessage m, Instant next, String error) {
        repository.markRetry(m.tenantId(), m.id(), next, truncate(error));
    }

    @Transactional
    void failed(OutboxMessage m, String error, OutboxHandler handler) {
        String reason = truncate(error);
        if (repository.markFailed(m.tenantId(), m.id(), reason) == 1) {
            handler.gaveUp(m, reason);
        }
    }

    static String truncate(String error) {
        String e = error == null || error.isBlank() ? "unknown error" : error.strip();
        return e.length() <= MAX_ERROR ? e : e.substring(0, MAX_ERROR - 1) + "…";
    }
}
