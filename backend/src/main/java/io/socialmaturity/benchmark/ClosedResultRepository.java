package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Closed results of tenants; every query names the tenant (or an explicit list of tenants the caller may read). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ClosedResultRepository extends GenericRepository<ClosedResultRecord, ClosedResultRecord.Key> {

    @Query("""
            INSERT INTO closed_result (tenant_id, assessment_id, title, framework_version_id, closed_at, overall_score,
                overall_level, socially_enabled, respondent_count, industry, size_band, country)
            VALUES (:tenantId, :assessmentId, :title, :frameworkVersionId, :closedAt, :overallScore, :overallLevel,
                :sociallyEnabled, :respondentCount, :industry, :sizeBand, :country)""")
    void insert(
            long tenantId,
            long assessmentId,
            String title,
            long frameworkVersionId,
            Instant closedAt,
            @Nullable Double overallScore,
            @Nullable Integer overallLevel,
            boolean sociallyEnabled,
            int respondentCount,
            String industry,
            String sizeBand,
            String country);

    @Query("""
            INSERT INTO closed_dimension (tenant_id, assessment_id, dimension_key, score, level)
            VALUES (:tenantId, :assessmentId, :dimensionKey, :score, :level)""")
    void insertDimension(
            long tenantId, long assessmentId, String dimensionKey, @Nullable Double score, @Nullable Integer level);

    /** A tenant's closed results, oldest first. */
    @Query("""
            SELECT * FROM closed_result WHERE tenant_id = :tenantId ORDER BY closed_at, assessment_id""")
    List<ClosedResultRecord> history(long tenantId);

    @Query("""
            SELECT * FROM closed_result WHERE tenant_id = :tenantId AND assessment_id = :assessmentId""")
    java.util.Optional<ClosedResultRecord> find(long tenantId, long assessmentId);

    /** The closed results of the given tenants, newest first per tenant (the caller decides who may be read). */
    @Query("""
            SELECT * FROM closed_result WHERE tenant_id IN (:tenantIds)
            ORDER BY tenant_id, closed_at DESC, assessment_id DESC""")
    List<ClosedResultRecord> ofTenants(Collection<Long> tenantIds);

    @Query("""
            SELECT * FROM closed_dimension WHERE tenant_id = :tenantId ORDER BY assessment_id""")
    List<ClosedDimensionRecord> dimensions(long tenantId);

    @Query("""
            SELECT * FROM closed_dimension WHERE tenant_id IN (:tenantIds) AND assessment_id IN (:assessmentIds)""")
    List<ClosedDimensionRecord> dimensionsOf(Collection<Long> tenantIds, Collection<Long> assessmentIds);

    @Query("""
            INSERT INTO closed_figure (tenant_id, assessment_id, figure_key, question_key, published_value, company_value,
                sample_size)
            VALUES (:tenantId, :assessmentId, :figureKey, :questionKey, :publishedValue, :companyValue, :sampleSize)""")
    void insertFigure(
            long tenantId,
            long assessmentId,
            String figureKey,
            String questionKey,
            double publishedValue,
            @Nullable Double companyValue,
            int sampleSize);

    @Query("""
            SELECT * FROM closed_figure WHERE tenant_id = :tenantId ORDER BY assessment_id, figure_key""")
    List<ClosedFigureRecord> figures(long tenantId);
}
