package io.socialmaturity.platform.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
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
}
