package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The anonymous benchmark population (benchmark_member) and its precomputed statistics (benchmark_stat).
 * Reads of the population are locking reads (LOCK IN SHARE MODE): they run after the version lock is held
 * and must see the latest committed members, not the transaction's older snapshot.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BenchmarkRepository extends GenericRepository<BenchmarkStatRecord, BenchmarkStatRecord.Key> {

    @Query("INSERT IGNORE INTO benchmark_version_lock (framework_version_id) VALUES (:frameworkVersionId)")
    void ensureVersionLock(long frameworkVersionId);

    @Query(
            "SELECT framework_version_id FROM benchmark_version_lock WHERE framework_version_id = :frameworkVersionId FOR UPDATE")
    Optional<Long> lockVersion(long frameworkVersionId);

    @Query("""
            SELECT industry, size_band, country FROM benchmark_member
            WHERE framework_version_id = :frameworkVersionId AND company_id = :companyId LIMIT 1 FOR UPDATE""")
    Optional<MemberSegment> segmentOf(long frameworkVersionId, long companyId);

    @Query("DELETE FROM benchmark_member WHERE framework_version_id = :frameworkVersionId AND company_id = :companyId")
    void removeMember(long frameworkVersionId, long companyId);

    @Query("""
            INSERT INTO benchmark_member (framework_version_id, company_id, dimension_key, assessment_id, score,
                industry, size_band, country)
            VALUES (:frameworkVersionId, :companyId, :dimensionKey, :assessmentId, :score, :industry, :sizeBand, :country)""")
    void addMember(
            long frameworkVersionId,
            long companyId,
            String dimensionKey,
            long assessmentId,
            double score,
            String industry,
            String sizeBand,
            String country);

    @Query("""
            SELECT dimension_key, score FROM benchmark_member WHERE framework_version_id = :frameworkVersionId
            ORDER BY dimension_key, score LOCK IN SHARE MODE""")
    List<MemberScore> scoresAll(long frameworkVersionId);

    @Query("""
            SELECT dimension_key, score FROM benchmark_member WHERE framework_version_id = :frameworkVersionId
            AND industry = :value ORDER BY dimension_key, score LOCK IN SHARE MODE""")
    List<MemberScore> scoresByIndustry(long frameworkVersionId, String value);

    @Query("""
            SELECT dimension_key, score FROM benchmark_member WHERE framework_version_id = :frameworkVersionId
            AND size_band = :value ORDER BY dimension_key, score LOCK IN SHARE MODE""")
    List<MemberScore> scoresBySizeBand(long frameworkVersionId, String value);

    @Query("""
            SELECT dimension_key, score FROM benchmark_member WHERE framework_version_id = :frameworkVersionId
            AND country = :value ORDER BY dimension_key, score LOCK IN SHARE MODE""")
    List<MemberScore> scoresByCountry(long frameworkVersionId, String value);

    @Query(
            "SELECT DISTINCT industry FROM benchmark_member WHERE framework_version_id = :frameworkVersionId AND industry <> ''")
    List<String> industries(long frameworkVersionId);

    @Query(
            "SELECT DISTINCT size_band FROM benchmark_member WHERE framework_version_id = :frameworkVersionId AND size_band <> ''")
    List<String> sizeBands(long frameworkVersionId);

    @Query(
            "SELECT DISTINCT country FROM benchmark_member WHERE framework_version_id = :frameworkVersionId AND country <> ''")
    List<String> countries(long frameworkVersionId);

    @Query("""
            DELETE FROM benchmark_stat WHERE framework_version_id = :frameworkVersionId
            AND segment_type = :segmentType AND segment_value = :segmentValue""")
    void clearSegment(long frameworkVersionId, String segmentType, String segmentValue);

    @Query("DELETE FROM benchmark_stat WHERE framework_version_id = :frameworkVersionId")
    void clearVersion(long frameworkVersionId);

    @Query("""
            INSERT INTO benchmark_stat (framework_version_id, segment_type, segment_value, dimension_key, company_count,
                p25, median, p75, computed_at)
            VALUES (:frameworkVersionId, :segmentType, :segmentValue, :dimensionKey, :companyCount, :p25, :median, :p75, :at)""")
    void insertStat(
            long frameworkVersionId,
            String segmentType,
            String segmentValue,
            String dimensionKey,
            int companyCount,
            @Nullable Double p25,
            @Nullable Double median,
            @Nullable Double p75,
            Instant at);

    @Query("""
            SELECT * FROM benchmark_stat WHERE framework_version_id = :frameworkVersionId
            AND segment_type = :segmentType AND segment_value = :segmentValue""")
    List<BenchmarkStatRecord> stats(long frameworkVersionId, String segmentType, String segmentValue);

    @Query("DELETE FROM benchmark_member WHERE framework_version_id = :frameworkVersionId")
    void clearMembers(long frameworkVersionId);

    /**
     * Rebuilds the population of a version from the closed results: per company (tenants of kind COMPANY),
     * the dimension scores of its latest closed assessment of that version.
     */
    @CrossTenant("rebuilds the anonymous benchmark population; only aggregates of >= 5 companies leave it")
    @Query("""
            INSERT INTO benchmark_member (framework_version_id, company_id, dimension_key, assessment_id, score,
                industry, size_band, country)
            SELECT r.framework_version_id, r.tenant_id, d.dimension_key, r.assessment_id, d.score,
                r.industry, r.size_band, r.country
            FROM closed_result r
            JOIN tenant t ON t.id = r.tenant_id AND t.kind = 'COMPANY'
            JOIN closed_dimension d ON d.tenant_id = r.tenant_id AND d.assessment_id = r.assessment_id
            WHERE r.framework_version_id = :frameworkVersionId AND d.score IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM closed_result n WHERE n.tenant_id = r.tenant_id
                AND n.framework_version_id = r.framework_version_id
                AND (n.closed_at > r.closed_at OR (n.closed_at = r.closed_at AND n.assessment_id > r.assessment_id)))""")
    void rebuildMembers(long frameworkVersionId);
}
