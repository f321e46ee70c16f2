package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    @Query("""
            SELECT * FROM audit_event WHERE tenant_id = :tenantId
            ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<AuditRecord> page(long tenantId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM audit_event WHERE tenant_id = :tenantId")
    long countByTenant(long tenantId);

    /** A filtered page; each filter left null matches everything. {@code person} is an actor id or part of a name. */
    @Query("""
            SELECT * FROM audit_event WHERE tenant_id = :tenantId
            AND (:person IS NULL OR actor_id = :person OR actor_name LIKE CONCAT('%', :person, '%'))
            AND (:action IS NULL OR action = :action)
            AND (:entityType IS NULL OR entity_type = :entityType)
            AND (:from IS NULL OR occurred_at >= :from)
            AND (:until IS NULL OR occurred_at < :until)
            ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<AuditRecord> filtered(
            long tenantId,
            @Nullable String person,
            @Nullable String action,
            @Nullable String entityType,
            @Nullable Instant from,
            @Nullable Instant until,
            int limit,
            long offset);

    @Query("""
            SELECT COUNT(*) FROM audit_event WHERE tenant_id = :tenantId
            AND (:person IS NULL OR actor_id = :person OR actor_name LIKE CONCAT('%', :person, '%'))
            AND (:action IS NULL OR action = :action)
            AND (:entityType IS NULL OR entity_type = :entityType)
            AND (:from IS NULL OR occurred_at >= :from)
            AND (:until IS NULL OR occurred_at < :until)""")
    long countFiltered(
            long tenantId,
            @Nullable String person,
            @Nullable String action,
            @Nullable String entityType,
            @Nullable Instant from,
            @Nullable Instant until);

    @Query("SELECT DISTINCT action FROM audit_event WHERE tenant_id = :tenantId ORDER BY action")
    List<String> actions(long tenantId);

    @Query("SELECT DISTINCT entity_type FROM audit_event WHERE tenant_id = :tenantId ORDER BY entity_type")
    List<String> entityTypes(long tenantId);

    @Query("""
            SELECT * FROM audit_event WHERE tenant_id = :tenantId AND entity_type = :entityType AND entity_id = :entityId
            ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
    List<AuditRecord> forEntity(long tenantId, String entityType, String entityId, int limit);
}
