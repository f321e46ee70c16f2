package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Recurring series; every query names tenant_id (TenantScopedQueriesTest checks it). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CycleRepository extends GenericRepository<CycleRecord, CycleRecord.Key> {

    @Query("SELECT * FROM assessment_cycle WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    Optional<CycleRecord> find(long tenantId, long assessmentId);

    @Query("SELECT * FROM assessment_cycle WHERE tenant_id = :tenantId AND assessment_id = :assessmentId FOR UPDATE")
    Optional<CycleRecord> lock(long tenantId, long assessmentId);

    @Query("SELECT * FROM assessment_cycle WHERE tenant_id = :tenantId")
    List<CycleRecord> ofTenant(long tenantId);

    @Query("""
            INSERT INTO assessment_cycle (tenant_id, assessment_id, series_id, previous_id, next_id, repeat_months,
                pin_version)
            VALUES (:tenantId, :assessmentId, :seriesId, :previousId, NULL, :repeatMonths, :pinVersion)""")
    void insert(
            long tenantId,
            long assessmentId,
            long seriesId,
            @Nullable Long previousId,
            @Nullable Integer repeatMonths,
            boolean pinVersion);

    @Query("""
            UPDATE assessment_cycle SET repeat_months = :repeatMonths, pin_version = :pinVersion
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId""")
    int updateRepeat(long tenantId, long assessmentId, @Nullable Integer repeatMonths, boolean pinVersion);

    @Query("""
            UPDATE assessment_cycle SET next_id = :nextId
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND next_id IS NULL""")
    int linkNext(long tenantId, long assessmentId, long nextId);
}
