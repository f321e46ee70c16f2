package io.socialmaturity.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
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

    @Query("""
            SELECT * FROM audit_event WHERE tenant_id = :tenantId AND entity_type = :entityType AND entity_id = :entityId
            ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
    List<AuditRecord> forEntity(long tenantId, String entityType, String entityId, int limit);
}
