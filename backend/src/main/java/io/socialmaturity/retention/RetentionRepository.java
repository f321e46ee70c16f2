package io.socialmaturity.retention;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The setting, and what the job looks for: every query names the tenant except the job's scan of the settings. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RetentionRepository extends GenericRepository<RetentionRecord, Long> {

    /** How many expired assessments {@link #expired} answers at a time. */
    int BATCH = 200;

    @Query("SELECT * FROM tenant_retention WHERE tenant_id = :tenantId")
    Optional<RetentionRecord> find(long tenantId);

    @Query("""
            INSERT INTO tenant_retention (tenant_id, years, updated_at, updated_by)
            VALUES (:tenantId, :years, :at, :by)
            ON DUPLICATE KEY UPDATE years = VALUES(years), updated_at = VALUES(updated_at),
                updated_by = VALUES(updated_by)""")
    void upsert(long tenantId, int years, Instant at, String by);

    @Query("DELETE FROM tenant_retention WHERE tenant_id = :tenantId")
    void clear(long tenantId);

    @CrossTenant("the retention job visits every tenant that chose a retention; it reads tenant ids and years only")
    @Query("SELECT * FROM tenant_retention ORDER BY tenant_id")
    List<RetentionRecord> all();

    /** The tenant's closed assessments closed before {@code cutoff}, oldest first. */
    @Query("""
            SELECT id, closed_at FROM assessment
            WHERE tenant_id = :tenantId AND status = 'CLOSED' AND closed_at < :cutoff
            ORDER BY closed_at, id LIMIT 200""")
    List<Expired> expired(long tenantId, Instant cutoff);

    @Query("""
            SELECT COUNT(*) FROM assessment
            WHERE tenant_id = :tenantId AND status = 'CLOSED' AND closed_at < :cutoff""")
    long countExpired(long tenantId, Instant cutoff);

    /**
     * Claims one expired assessment for deletion: empty when it is gone, no longer expired, or another replica
     * holds it ({@code SKIP LOCKED}).
     */
    @Query("""
            SELECT id FROM assessment
            WHERE tenant_id = :tenantId AND id = :id AND status = 'CLOSED' AND closed_at < :cutoff
            FOR UPDATE SKIP LOCKED""")
    Optional<Long> claimExpired(long tenantId, long id, Instant cutoff);

    /** A closed assessment past the tenant's retention. */
    @Introspected
    record Expired(long id, Instant closedAt) {}
}
