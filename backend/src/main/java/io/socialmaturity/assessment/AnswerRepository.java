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
interface AnswerRepository extends GenericRepository<AnswerRecord, AnswerRecord.Key> {

    @Query("""
            SELECT * FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId
            AND user_id = :userId AND question_key = :questionKey FOR UPDATE""")
    Optional<AnswerRecord> lock(long tenantId, long assessmentId, String userId, String questionKey);

    @Query("""
            INSERT INTO answer (tenant_id, assessment_id, user_id, question_key, option_key, not_applicable, comment,
                                evidence_url, revision, updated_at)
            VALUES (:tenantId, :assessmentId, :userId, :questionKey, :optionKey, :notApplicable, :comment,
                    :evidenceUrl, 1, :at)""")
    void insert(
            long tenantId,
            long assessmentId,
            String userId,
            String questionKey,
            @Nullable String optionKey,
            boolean notApplicable,
            @Nullable String comment,
            @Nullable String evidenceUrl,
            Instant at);

    @Query("""
            UPDATE answer SET option_key = :optionKey, not_applicable = :notApplicable, comment = :comment,
                   evidence_url = :evidenceUrl, revision = revision + 1, updated_at = :at
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND user_id = :userId
              AND question_key = :questionKey AND revision = :revision""")
    int update(
            long tenantId,
            long assessmentId,
            String userId,
            String questionKey,
            @Nullable String optionKey,
            boolean notApplicable,
            @Nullable String comment,
            @Nullable String evidenceUrl,
            Instant at,
            int revision);

    @Query("""
            SELECT * FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND user_id = :userId
            ORDER BY question_key""")
    List<AnswerRecord> forRespondent(long tenantId, long assessmentId, String userId);

    @Query("SELECT * FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    List<AnswerRecord> forAssessment(long tenantId, long assessmentId);

    @Query("""
            SELECT COUNT(*) FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId
            AND user_id = :userId""")
    long countForRespondent(long tenantId, long assessmentId, String userId);

    /** Answers saved per respondent, counted by the database. */
    @Query("""
            SELECT user_id AS user_id, COUNT(*) AS answers FROM answer
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId GROUP BY user_id""")
    List<AnswerCount> countsByRespondent(long tenantId, long assessmentId);

    /** The keys of the questions a respondent answered (no answer content). */
    @Query("""
            SELECT question_key FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId
            AND user_id = :userId""")
    List<String> answeredKeys(long tenantId, long assessmentId, String userId);
}
