package io.socialmaturity.clientplans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Proposals belong to the company (tenant_id); the consultancy's queries name both the company and the consultancy,
 * the company's only itself.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProposalRepository extends GenericRepository<ProposalRecord, Long> {

    ProposalRecord save(ProposalRecord record);

    @Query("""
            SELECT * FROM action_proposal WHERE tenant_id = :tenantId AND consultancy_tenant_id = :consultancyTenantId
            ORDER BY created_at DESC, id DESC""")
    List<ProposalRecord> ofConsultancy(long tenantId, long consultancyTenantId);

    @Query("""
            SELECT COUNT(*) FROM action_proposal WHERE tenant_id = :tenantId
            AND consultancy_tenant_id = :consultancyTenantId AND status = 'PENDING'""")
    int pendingOfConsultancy(long tenantId, long consultancyTenantId);

    @Query("""
            SELECT * FROM action_proposal WHERE tenant_id = :tenantId AND consultancy_tenant_id = :consultancyTenantId
            AND id = :id FOR UPDATE""")
    Optional<ProposalRecord> lockOfConsultancy(long tenantId, long consultancyTenantId, long id);

    @Query("""
            SELECT * FROM action_proposal WHERE tenant_id = :tenantId AND (:status IS NULL OR status = :status)
            ORDER BY CASE WHEN status = 'PENDING' THEN 0 ELSE 1 END, created_at DESC, id DESC""")
    List<ProposalRecord> ofCompany(long tenantId, @Nullable String status);

    @Query("SELECT * FROM action_proposal WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<ProposalRecord> lock(long tenantId, long id);

    @Query("SELECT * FROM action_proposal WHERE tenant_id = :tenantId AND id = :id")
    Optional<ProposalRecord> find(long tenantId, long id);

    @Query("""
            UPDATE action_proposal SET status = :status, decided_by = :by, decided_by_name = :byName, decided_at = :at,
                decision_note = :note, action_id = :actionId
            WHERE tenant_id = :tenantId AND id = :id""")
    void decide(
            long tenantId,
            long id,
            ProposalStatus status,
            String by,
            @Nullable String byName,
            Instant at,
            @Nullable String note,
            @Nullable Long actionId);
}
