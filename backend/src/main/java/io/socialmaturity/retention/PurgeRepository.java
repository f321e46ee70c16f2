package io.socialmaturity.retention;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The statements that delete one assessment and every row naming it, each bound to its tenant. They belong to other
 * features' tables on purpose: retention must reach all of them in one transaction, in the foreign keys' order
 * ({@link AssessmentPurge} runs them). A new table with an assessment id fails RetentionCoverageTest until it is
 * handled here.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PurgeRepository extends GenericRepository<RetentionRecord, Long> {

    @Query("DELETE FROM answer WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteAnswers(long tenantId, long assessmentId);

    @Query("DELETE FROM respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteRespondents(long tenantId, long assessmentId);

    @Query("DELETE FROM external_respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteExternalRespondents(long tenantId, long assessmentId);

    @Query("DELETE FROM assessment_target WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteTargets(long tenantId, long assessmentId);

    @Query("DELETE FROM assessment_schedule WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteSchedule(long tenantId, long assessmentId);

    @Query("DELETE FROM result_snapshot WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteSnapshot(long tenantId, long assessmentId);

    @Query("DELETE FROM closed_dimension WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteClosedDimensions(long tenantId, long assessmentId);

    @Query("DELETE FROM closed_figure WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteClosedFigures(long tenantId, long assessmentId);

    @Query("DELETE FROM closed_result WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteClosedResult(long tenantId, long assessmentId);

    /** The framework versions whose benchmark population counts this assessment (then rebuilt without it). */
    @Query("""
            SELECT DISTINCT framework_version_id FROM benchmark_member
            WHERE company_id = :tenantId AND assessment_id = :assessmentId""")
    List<Long> benchmarkVersions(long tenantId, long assessmentId);

    @Query("DELETE FROM benchmark_member WHERE company_id = :tenantId AND assessment_id = :assessmentId")
    void deleteBenchmarkMembers(long tenantId, long assessmentId);

    @Query("""
            DELETE FROM engagement_assessment
            WHERE company_tenant_id = :companyTenantId AND assessment_id = :assessmentId""")
    void deleteEngagementLinks(long companyTenantId, long assessmentId);

    /** An action made from the assessment's roadmap stays in the plan; only its link to the assessment goes. */
    @Query("""
            UPDATE action_item SET source_assessment_id = NULL
            WHERE tenant_id = :tenantId AND source_assessment_id = :assessmentId""")
    void detachActions(long tenantId, long assessmentId);

    /** A consultancy's proposal about the assessment stays as history, without the link. */
    @Query("""
            UPDATE action_proposal SET assessment_id = NULL
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId""")
    void detachProposals(long tenantId, long assessmentId);

    @Query("""
            UPDATE assessment_cycle SET previous_id = NULL
            WHERE tenant_id = :tenantId AND previous_id = :assessmentId""")
    void unlinkPrevious(long tenantId, long assessmentId);

    @Query("UPDATE assessment_cycle SET next_id = NULL WHERE tenant_id = :tenantId AND next_id = :assessmentId")
    void unlinkNext(long tenantId, long assessmentId);

    /** The oldest other cycle of the series the assessment starts, the series' new first assessment. */
    @Query("""
            SELECT MIN(assessment_id) FROM assessment_cycle
            WHERE tenant_id = :tenantId AND series_id = :assessmentId AND assessment_id <> :assessmentId""")
    Optional<Long> nextSeriesRoot(long tenantId, long assessmentId);

    @Query("""
            UPDATE assessment_cycle SET series_id = :newSeriesId
            WHERE tenant_id = :tenantId AND series_id = :assessmentId AND assessment_id <> :assessmentId""")
    void moveSeries(long tenantId, long assessmentId, long newSeriesId);

    @Query("DELETE FROM assessment_cycle WHERE tenant_id = :tenantId AND assessment_id = :assessmentId")
    void deleteCycle(long tenantId, long assessmentId);

    /** The assessment's mails (invitations, reminders): their outbox subject is {@code assessment:<id>}. */
    @Query("DELETE FROM outbox_message WHERE tenant_id = :tenantId AND subject = :subject")
    void deleteOutbox(long tenantId, String subject);

    @Query("DELETE FROM assessment WHERE tenant_id = :tenantId AND id = :assessmentId AND status = 'CLOSED'")
    long deleteAssessment(long tenantId, long assessmentId);
}
