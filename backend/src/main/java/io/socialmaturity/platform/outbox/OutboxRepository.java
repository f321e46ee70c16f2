package io.socialmaturity.platform.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends GenericRepository<OutboxRecord, Long> {

    OutboxRecord save(OutboxRecord record);

    /** The newest message of each recipient of one subject and kind. */
    @Query("""
            SELECT o.* FROM outbox_message o
            JOIN (SELECT recipient_ref, MAX(id) AS id FROM outbox_message
                  WHERE tenant_id = :tenantId AND kind = :kind AND subject = :subject GROUP BY recipient_ref) l
              ON l.id = o.id
            WHERE o.tenant_id = :tenantId""")
    List<OutboxRecord> latestBySubject(long tenantId, String kind, String subject);

    @Query("""
            SELECT * FROM outbox_message
            WHERE tenant_id = :tenantId AND kind = :kind AND subject = :subject
              AND recipient_ref = :recipientRef AND topic = :topic
            ORDER BY id DESC LIMIT 1""")
    Optional<OutboxRecord> newest(long tenantId, String kind, String subject, String recipientRef, String topic);

    /**
     * Due messages of the given kinds, locked; rows another replica holds are skipped, not waited for. Only
     * inside a transaction, which the caller keeps short (claim, lease, commit).
     */
    @CrossTenant("the dispatcher delivers every tenant's messages, each to its own recipient; nothing reaches a caller")
    @Query("""
            SELECT * FROM outbox_message
            WHERE status = 'QUEUED' AND next_attempt_at <= :now AND kind IN (:kinds)
            ORDER BY next_attempt_at, id LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutboxRecord> lockDue(Instant now, Collection<String> kinds, int limit);

    /** Hides a claimed message from other replicas until the lease ends. */
    @Query("UPDATE outbox_message SET next_attempt_at = :until WHERE tenant_id = :tenantId AND id = :id")
    int lease(long tenantId, long id, Instant until);

    @Query("""
            UPDATE outbox_message SET status = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = NULL
            WHERE tenant_id = :tenantId AND id = :id AND status = 'QUEUED'""")
    int markSent(long tenantId, long id, Instant at);

    @Query("""
            UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
            WHERE tenant_id = :tenantId AND id = :id AND status = 'QUEUED'""")
    int markRetry(long tenantId, long id, Instant next, String error);

    @Query("""
            UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_error = :error
            WHERE tenant_id = :tenantId AND id = :id AND status = 'QUEUED'""")
    int markFailed(long tenantId, long id, String error);
}
