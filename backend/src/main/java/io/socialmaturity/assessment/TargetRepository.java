package io.socialmaturity.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRepository extends GenericRepository<TargetRecord, TargetRecord.Key> {

    @Query("SELECT * FROM assessment_target WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    List<TargetRecord> list(long tenantId, long assessmentId);

    @Query("DELETE FROM assessment_target WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void clear(long tenantId, long assessmentId);

    @Query("""
            INSERT INTO assessment_target (tenant_id, assessment_id, dimension_key, target_level)
            VALUES (:tenantId, :assessmentId, :dimensionKey, :targetLevel)""")
    void insert(long tenantId, long assessmentId, String dimensionKey, int targetLevel);
}
