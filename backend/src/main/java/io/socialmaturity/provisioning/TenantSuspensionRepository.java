package io.socialmaturity.provisioning;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Accounts the product disabled because their only tenant was disabled (table {@code tenant_suspension}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantSuspensionRepository extends GenericRepository<TenantSuspension, TenantSuspension.Key> {

    @Query("INSERT IGNORE INTO tenant_suspension (tenant_id, user_id) VALUES (:tenantId, :userId)")
    void add(long tenantId, String userId);

    @Query("SELECT user_id FROM tenant_suspension WHERE tenant_id = :tenantId ORDER BY user_id")
    List<String> users(long tenantId);

    @Query("DELETE FROM tenant_suspension WHERE tenant_id = :tenantId AND user_id = :userId")
    void remove(long tenantId, String userId);
}
