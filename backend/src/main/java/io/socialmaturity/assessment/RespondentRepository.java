package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RespondentRepository extends GenericRepository<RespondentRecord, RespondentRecord.Key> {

    RespondentRecord save(RespondentRecord record);

    @Query("""
            SELECT * FROM respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId
            ORDER BY invited_at, user_id""")
    List<RespondentRecord> list(long tenantId, long assessmentId);

    @Query(
            "SELECT * FROM respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND user_id = :userId")
    Optional<RespondentRecord> find(long tenantId, long assessmentId, String userId);

    @Query("DELETE FROM respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND user_id = :userId")
    int delete(long tenantId, long assessmentId, String userId);

    @Query("""
            UPDATE respondent SET business_function = :businessFunction, display_name = :displayName, email = :email
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND user_id = :userId""")
    int update(
            long tenantId,
            long assessmentId,
            String userId,
            String businessFunction,
            @Nullable String displayName,
            @Nullable String email);

    @Query("""
            UPDATE respondent SET submitted_at = :at
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND user_id = :userId""")
    int markSubmitted(long tenantId, long assessmentId, String userId, Instant at);

    /**
     * The caller's own progress in each of the given assessments they are a respondent of: one grouped query
     * for a whole page of the list, counting answers without loading them.
     */
    @Query("""
            SELECT r.assessment_id AS assessment_id, r.business_function AS business_function,
                   r.submitted_at AS submitted_at, COUNT(an.question_key) AS answered
            FROM respondent r
            LEFT JOIN answer an ON an.tenant_id = r.tenant_id AND an.assessment_id = r.assessment_id
                 AND an.user_id = r.user_id
            WHERE r.tenant_id = :tenantId AND r.user_id = :userId AND r.assessment_id IN (:assessmentIds)
            GROUP BY r.assessment_id, r.business_function, r.submitted_at""")
    List<MyProgressRow> progressOf(long tenantId, String userId, List<Long> assessmentIds);

    /** Moves the user to another business function in the tenant's assessments that are not closed yet. */
    @Query("""
            UPDATE respondent r JOIN assessment a ON a.tenant_id = r.tenant_id AND a.id = r.assessment_id
            SET r.business_function = :businessFunction
            WHERE r.tenant_id = :tenantId AND r.user_id = :userId AND a.status <> 'CLOSED'""")
    int moveToFunction(long tenantId, String userId, String businessFunction);

    @Query("SELECT COUNT(*) FROM respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    long count(long tenantId, long assessmentId);

    /**
     * The progress of a page of assessments in one query, grouped by assessment and business function (the
     * expected answers depend on the function): respondents, submitted and answers saved. The admin home reads it
     * instead of every answer of every assessment.
     */
    @Query("""
            SELECT r.assessment_id AS assessment_id, r.business_function AS business_function,
                   COUNT(*) AS respondents, COUNT(r.submitted_at) AS submitted,
                   CAST(COALESCE(SUM(n.answers), 0) AS SIGNED) AS answers
            FROM respondent r
            LEFT JOIN (SELECT assessment_id, user_id, COUNT(*) AS answers FROM answer
                       WHERE tenant_id = :tenantId AND assessment_id IN (:assessmentIds)
                       GROUP BY assessment_id, user_id) n
                   ON n.assessment_id = r.assessment_id AND n.user_id = r.user_id
            WHERE r.tenant_id = :tenantId AND r.assessment_id IN (:assessmentIds)
            GROUP BY r.assessment_id, r.business_function""")
    List<ProgressRow> progress(long tenantId, java.util.Collection<Long> assessmentIds);
}
