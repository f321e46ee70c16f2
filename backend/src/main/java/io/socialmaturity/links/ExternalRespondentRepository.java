package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ExternalRespondentRepository extends GenericRepository<ExternalRespondentRecord, Long> {

    ExternalRespondentRecord save(ExternalRespondentRecord record);

    @Query("""
            SELECT * FROM external_respondent WHERE tenant_id = :tenantId AND assessment_id = :assessmentId
            ORDER BY created_at, id""")
    List<ExternalRespondentRecord> list(long tenantId, long assessmentId);

    @Query("""
            SELECT * FROM external_respondent
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND id = :id""")
    Optional<ExternalRespondentRecord> find(long tenantId, long assessmentId, long id);

    @Query("""
            SELECT COUNT(*) FROM external_respondent
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND email = :email""")
    long countWithEmail(long tenantId, long assessmentId, String email);

    /** Those still waiting for their first link (added while the assessment was a draft, not revoked). */
    @Query("""
            SELECT * FROM external_respondent
            WHERE tenant_id = :tenantId AND assessment_id = :assessmentId AND token_hash IS NULL AND revoked_at IS NULL
            ORDER BY id""")
    List<ExternalRespondentRecord> waitingForLink(long tenantId, long assessmentId);

    /**
     * The link whose token hashes to this: the one query that starts from no tenant, because a respondent without
     * an account presents nothing else. The tenant and assessment of the request are then those of the row found.
     */
    @CrossTenant("a personal link's token is all its holder presents; the tenant comes from the row it finds")
    @Query("SELECT * FROM external_respondent WHERE token_hash = :tokenHash")
    Optional<ExternalRespondentRecord> byTokenHash(String tokenHash);

    /** A new link replaces the old one (its hash is overwritten, so the old token finds nothing) and lifts a revocation. */
    @Query("""
            UPDATE external_respondent
            SET token_hash = :tokenHash, link_created_at = :at, link_expires_at = :expiresAt, expires_on = :expiresOn,
                revoked_at = NULL
            WHERE tenant_id = :tenantId AND id = :id""")
    int newLink(long tenantId, long id, String tokenHash, Instant at, Instant expiresAt, @Nullable LocalDate expiresOn);

    @Query("UPDATE external_respondent SET revoked_at = :at WHERE tenant_id = :tenantId AND id = :id")
    int revoke(long tenantId, long id, Instant at);
}
