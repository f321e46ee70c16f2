package io.socialmaturity.apiclients;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.socialmaturity.platform.db.CrossTenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every query names the tenant, except the one lookup by a token's client id (which then compares the tenant). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiClientRepository extends GenericRepository<ApiClientRecord, Long> {

    ApiClientRecord save(ApiClientRecord record);

    @Query("SELECT * FROM api_client WHERE tenant_id = :tenantId AND deleted_at IS NULL ORDER BY created_at, id")
    List<ApiClientRecord> live(long tenantId);

    @Query("SELECT * FROM api_client WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL")
    Optional<ApiClientRecord> findLive(long tenantId, long id);

    @Query("SELECT COUNT(*) FROM api_client WHERE tenant_id = :tenantId AND deleted_at IS NULL")
    long countLive(long tenantId);

    @Query("UPDATE api_client SET deleted_at = :at WHERE tenant_id = :tenantId AND id = :id")
    void markDeleted(long tenantId, long id, Instant at);

    @Query("UPDATE api_client SET secret_rotated_at = :at WHERE tenant_id = :tenantId AND id = :id")
    void markRotated(long tenantId, long id, Instant at);

    @Query("UPDATE api_client SET last_used_at = :at WHERE tenant_id = :tenantId AND client_id = :clientId")
    void markUsed(long tenantId, String clientId, Instant at);

    @CrossTenant("a token names its client, not yet its tenant: the filter compares the row's tenant with the token's")
    @Query("SELECT * FROM api_client WHERE client_id = :clientId")
    Optional<ApiClientRecord> byClientId(String clientId);
}
