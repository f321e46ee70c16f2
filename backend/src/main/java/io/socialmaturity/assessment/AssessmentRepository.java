package io.socialmaturity.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every query names tenant_id (TenantScopedQueriesTest checks it). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentRepository extends GenericRepository<AssessmentRecord, Long> {

    AssessmentRecord save(AssessmentRecord record);

    @Query("SELECT * FROM assessment WHERE tenant_id = :tenantId AND id = :id")
    Optional<AssessmentRecord> find(long tenantId, long id);

    @Query("SELECT * FROM assessment WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<AssessmentRecord> lock(long tenantId, long id);

    /**
     * What an answer save needs, in one round trip: the assessment's status and framework and the caller's
     * business function (and whether it is anonymous), or nothing when the caller is not its respondent. The shared lock lets saves run
     * together while close() (FOR UPDATE) waits for them.
     */
    @Query("""
            SELECT a.status AS status, a.framework_version_id AS framework_version_id, r.business_function AS business_function,
                   a.anonymous AS anonymous
            FROM assessment a JOIN respondent r ON r.tenant_id = a.tenant_id AND r.assessment_id = a.id
            WHERE a.tenant_id = :tenantId AND a.id = :id AND r.user_id = :userId
            LOCK IN SHARE MODE""")
    Optional<AnswerContext> answerContext(long tenantId, long id, String userId);

    @Query("""
            SELECT * FROM assessment WHERE tenant_id = :tenantId
            ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<AssessmentRecord> page(long tenantId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM assessment WHERE tenant_id = :tenantId")
    long countByTenant(long tenantId);

    @Query("""
            SELECT a.* FROM assessment a JOIN respondent r ON r.tenant_id = a.tenant_id AND r.assessment_id = a.id
            WHERE a.tenant_id = :tenantId AND r.user_id = :userId AND a.status <> 'DRAFT'
            ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset""")
    List<AssessmentRecord> pageForRespondent(long tenantId, String userId, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM assessment a JOIN respondent r ON r.tenant_id = a.tenant_id AND r.assessment_id = a.id
            WHERE a.tenant_id = :tenantId AND r.user_id = :userId AND a.status <> 'DRAFT'""")
    long countForRespondent(long tenantId, String userId);

    @Query("UPDATE assessment SET anonymous = :anonymous WHERE tenant_id = :tenantId AND id = :id")
    void setAnonymous(long tenantId, long id, boolean anonymous);

    @Query("UPDATE assessment SET status = :status, opened_at = :at WHERE tenant_id = :tenantId AND id = :id")
    void markOpen(long tenantId, long id, AssessmentStatus status, Instant at);

    @Query("UPDATE assessment SET status = :status, closed_at = :at WHERE tenant_id = :tenantId AND id = :id")
    void markClosed(long tenantId, long id, AssessmentStatus status, Instant at);
}
