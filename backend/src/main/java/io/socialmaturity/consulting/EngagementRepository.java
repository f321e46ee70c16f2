package io.socialmaturity.consulting;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Engagements link two tenants; every query names the caller's side (company_tenant_id or
 * consultancy_tenant_id), which comes from the token.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementRepository extends GenericRepository<EngagementRecord, Long> {

    EngagementRecord save(EngagementRecord record);

    @Query("SELECT * FROM engagement WHERE company_tenant_id = :companyTenantId ORDER BY granted_at DESC, id DESC")
    List<EngagementRecord> ofCompany(long companyTenantId);

    @Query("""
            SELECT * FROM engagement WHERE company_tenant_id = :companyTenantId AND consultancy_tenant_id = :consultancyTenantId
            FOR UPDATE""")
    Optional<EngagementRecord> lockPair(long companyTenantId, long consultancyTenantId);

    @Query("SELECT * FROM engagement WHERE company_tenant_id = :companyTenantId AND id = :id FOR UPDATE")
    Optional<EngagementRecord> lockOfCompany(long companyTenantId, long id);

    @Query("SELECT * FROM engagement WHERE consultancy_tenant_id = :consultancyTenantId AND id = :id FOR UPDATE")
    Optional<EngagementRecord> lockOfConsultancy(long consultancyTenantId, long id);

    @Query("""
            SELECT * FROM engagement WHERE consultancy_tenant_id = :consultancyTenantId AND status IN ('PENDING', 'ACTIVE')
            ORDER BY status, granted_at DESC, id DESC""")
    List<EngagementRecord> ofConsultancy(long consultancyTenantId);

    @Query("""
            SELECT * FROM engagement WHERE consultancy_tenant_id = :consultancyTenantId AND status = 'ACTIVE'""")
    List<EngagementRecord> activeOfConsultancy(long consultancyTenantId);

    @Query("""
            SELECT * FROM engagement WHERE consultancy_tenant_id = :consultancyTenantId AND status = 'ACTIVE'
            AND id IN (:ids)""")
    List<EngagementRecord> activeOfConsultancy(long consultancyTenantId, List<Long> ids);

    @Query("""
            UPDATE engagement SET status = :status, all_assessments = :allAssessments, contribute = :contribute,
                granted_by = :by, granted_at = :at, accepted_by = NULL, accepted_at = NULL, ended_by = NULL, ended_at = NULL
            WHERE company_tenant_id = :companyTenantId AND id = :id""")
    void regrant(
            long companyTenantId,
            long id,
            EngagementStatus status,
            boolean allAssessments,
            boolean contribute,
            String by,
            Instant at);

    @Query("""
            UPDATE engagement SET all_assessments = :allAssessments, contribute = :contribute
            WHERE company_tenant_id = :companyTenantId AND id = :id""")
    void rescope(long companyTenantId, long id, boolean allAssessments, boolean contribute);

    @Query("""
            UPDATE engagement SET status = 'ACTIVE', accepted_by = :by, accepted_at = :at
            WHERE consultancy_tenant_id = :consultancyTenantId AND id = :id AND status = 'PENDING'""")
    void accept(long consultancyTenantId, long id, String by, Instant at);

    @Query("""
            UPDATE engagement SET status = 'DECLINED', ended_by = :by, ended_at = :at
            WHERE consultancy_tenant_id = :consultancyTenantId AND id = :id AND status = 'PENDING'""")
    void decline(long consultancyTenantId, long id, String by, Instant at);

    @Query("""
            UPDATE engagement SET status = 'REVOKED', ended_by = :by, ended_at = :at
            WHERE company_tenant_id = :companyTenantId AND id = :id""")
    void revoke(long companyTenantId, long id, String by, Instant at);

    @Query(
            "DELETE FROM engagement_assessment WHERE company_tenant_id = :companyTenantId AND engagement_id = :engagementId")
    void clearScope(long companyTenantId, long engagementId);

    @Query("""
            INSERT INTO engagement_assessment (engagement_id, company_tenant_id, assessment_id)
            VALUES (:engagementId, :companyTenantId, :assessmentId)""")
    void addToScope(long engagementId, long companyTenantId, long assessmentId);

    /** The chosen assessments of every active engagement of a consultancy that does not cover all of them. */
    @Query("""
            SELECT ea.engagement_id, ea.assessment_id FROM engagement_assessment ea
            JOIN engagement e ON e.id = ea.engagement_id AND e.company_tenant_id = ea.company_tenant_id
            WHERE e.consultancy_tenant_id = :consultancyTenantId AND e.status = 'ACTIVE' AND e.all_assessments = FALSE""")
    List<ScopeRow> activeScopes(long consultancyTenantId);

    @Query("""
            SELECT assessment_id FROM engagement_assessment
            WHERE company_tenant_id = :companyTenantId AND engagement_id = :engagementId ORDER BY assessment_id""")
    List<Long> scope(long companyTenantId, long engagementId);
}
