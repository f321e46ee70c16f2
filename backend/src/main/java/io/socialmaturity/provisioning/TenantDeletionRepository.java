package io.socialmaturity.provisioning;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Pending tenant deletions (table {@code tenant_deletion}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantDeletionRepository extends GenericRepository<TenantDeletionRecord, Long> {

    @Query("""
            INSERT INTO tenant_deletion (tenant_id, requested_at, requested_by, due_at, was_disabled)
            VALUES (:tenantId, :requestedAt, :requestedBy, :dueAt, :wasDisabled)""")
    void insert(long tenantId, Instant requestedAt, String requestedBy, Instant dueAt, boolean wasDisabled);

    @Query("SELECT * FROM tenant_deletion WHERE tenant_id = :tenantId")
    Optional<TenantDeletionRecord> find(long tenantId);

    @Query("SELECT * FROM tenant_deletion WHERE tenant_id IN (:tenantIds)")
    List<TenantDeletionRecord> findAll(Collection<Long> tenantIds);

    /** Locks the request for the purge; empty when it is gone (restored) or another replica is purging it. */
    @Query("SELECT * FROM tenant_deletion WHERE tenant_id = :tenantId FOR UPDATE SKIP LOCKED")
    Optional<TenantDeletionRecord> claim(long tenantId);

    @Query("DELETE FROM tenant_deletion WHERE tenant_id = :tenantId")
    void delete(long tenantId);

    @CrossTenant("the purge job finds the tenants whose grace period has ended; it reads ids only")
    @Query("SELECT tenant_id FROM tenant_deletion WHERE due_at <= :now ORDER BY due_at, tenant_id")
    List<Long> due(Instant now);
}
