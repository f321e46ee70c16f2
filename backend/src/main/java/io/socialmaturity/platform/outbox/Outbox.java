package io.socialmaturity.platform.outbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's writing side. {@link #enqueue} must run inside the caller's transaction (it refuses to run
 * without one), so a change and the work it causes are stored together or not at all.
 */
@Singleton
public class Outbox {

    private final OutboxRepository repository;
    private final Clock clock;

    Outbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * @param kind what delivers it ("email")
     * @param topic why it is sent, e.g. "assessment.invitation"
     * @param subject what it is about, e.g. "assessment:42" (the key its state is read back by)
     * @param recipientRef who it is for within the subject, e.g. a user id
     * @param payloadJson what the deliverer needs, as JSON
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long enqueue(
            long tenantId, String kind, String topic, String subject, String recipientRef, String payloadJson) {
        Instant now = Instant.now(clock);
        return repository
                .save(new OutboxRecord(
                        null,
                        tenantId,
                        kind,
                        topic,
                        subject,
                        recipientRef,
                        payloadJson,
                        OutboxStatus.QUEUED.name(),
                        0,
                        now,
                        now,
                        null,
                        null))
                .id();
    }

    /** The newest message of each recipient of one subject. */
    public List<OutboxEntry> latestBySubject(long tenantId, String kind, String subject) {
        return repository.latestBySubject(tenantId, kind, subject).stream()
                .map(Outbox::toEntry)
                .toList();
    }

    /** When a message of this topic was last queued for this recipient of this subject. */
    public Optional<Instant> lastQueuedAt(
            long tenantId, String kind, String subject, String recipientRef, String topic) {
        return repository.newest(tenantId, kind, subject, recipientRef, topic).map(OutboxRecord::createdAt);
    }

    static OutboxEntry toEntry(OutboxRecord r) {
        return new OutboxEntry(
                r.id(),
                r.kind(),
                r.topic(),
                r.subject(),
                r.recipientRef(),
                OutboxStatus.valueOf(r.status()),
                r.attempts(),
                r.createdAt(),
                r.nextAttemptAt(),
                r.sentAt(),
                r.lastError());
    }
}
