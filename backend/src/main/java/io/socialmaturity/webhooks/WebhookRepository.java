package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Endpoints; every query names the tenant. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface WebhookRepository extends GenericRepository<WebhookEndpointRecord, Long> {

    WebhookEndpointRecord save(WebhookEndpointRecord record);

    @Query("SELECT * FROM webhook_endpoint WHERE tenant_id = :tenantId AND deleted_at IS NULL ORDER BY created_at, id")
    List<WebhookEndpointRecord> live(long tenantId);

    @Query("""
            SELECT * FROM webhook_endpoint WHERE tenant_id = :tenantId AND deleted_at IS NULL AND enabled = TRUE
            ORDER BY id""")
    List<WebhookEndpointRecord> enabled(long tenantId);

    @Query("SELECT * FROM webhook_endpoint WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL")
    Optional<WebhookEndpointRecord> findLive(long tenantId, long id);

    @Query("SELECT * FROM webhook_endpoint WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<WebhookEndpointRecord> lock(long tenantId, long id);

    @Query("SELECT COUNT(*) FROM webhook_endpoint WHERE tenant_id = :tenantId AND deleted_at IS NULL")
    long countLive(long tenantId);

    @Query("""
            UPDATE webhook_endpoint SET url = :url, description = :description, events = :events
            WHERE tenant_id = :tenantId AND id = :id""")
    void change(long tenantId, long id, String url, @Nullable String description, String events);

    @Query("""
            UPDATE webhook_endpoint SET enabled = :enabled, disabled_reason = :reason, consecutive_failures = 0
            WHERE tenant_id = :tenantId AND id = :id""")
    void setEnabled(long tenantId, long id, boolean enabled, @Nullable String reason);

    @Query("UPDATE webhook_endpoint SET consecutive_failures = :failures WHERE tenant_id = :tenantId AND id = :id")
    void setFailures(long tenantId, long id, int failures);

    @Query("UPDATE webhook_endpoint SET deleted_at = :at, enabled = FALSE WHERE tenant_id = :tenantId AND id = :id")
    void markDeleted(long tenantId, long id, Instant at);
}
