package io.socialmaturity.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SnapshotRepository extends GenericRepository<TargetRecord, TargetRecord.Key> {

    @Query("SELECT result FROM result_snapshot WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    Optional<String> find(long tenantId, long assessmentId);

    @Query("""
            INSERT INTO result_snapshot (tenant_id, assessment_id, result, created_at)
            VALUES (:tenantId, :assessmentId, :result, :at)""")
    void insert(long tenantId, long assessmentId, String result, Instant at);
}
