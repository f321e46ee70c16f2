package io.socialmaturity.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The platform's trail (table {@code platform_audit_event}): not tenant-owned, read by platform admins only. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PlatformAuditRepository extends GenericRepository<PlatformAuditRecord, Long> {

    PlatformAuditRecord save(PlatformAuditRecord record);

    @Query("""
            SELECT * FROM platform_audit_event
            ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<PlatformAuditRecord> page(int limit, long offset);

    @Query("SELECT COUNT(*) FROM platform_audit_event")
    long countAll();

    @Query("""
            SELECT * FROM platform_audit_event WHERE tenant_alias = :alias
            ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<PlatformAuditRecord> pageOfTenant(String alias, int limit, long offset);

    @Query("SELECT COUNT(*) FROM platform_audit_event WHERE tenant_alias = :alias")
    long countOfTenant(String alias);
}
