package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deliveries; every query names the tenant. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface WebhookDeliveryRepository extends GenericRepository<WebhookDeliveryRecord, Long> {

    WebhookDeliveryRecord save(WebhookDeliveryRecord record);

    @Query("""
            SELECT * FROM webhook_delivery WHERE tenant_id = :tenantId AND endpoint_id = :endpointId
            ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<WebhookDeliveryRecord> page(long tenantId, long endpointId, int limit, long offset);

    @Query("SELECT COUNT(*) FROM webhook_delivery WHERE tenant_id = :tenantId AND endpoint_id = :endpointId")
    long count(long tenantId, long endpointId);

    @Query("SELECT * FROM webhook_delivery WHERE tenant_id = :tenantId AND id = :id")
    Optional<WebhookDeliveryRecord> find(long tenantId, long id);

    @Query("""
            UPDATE webhook_delivery SET status = :status, attempts = attempts + 1, last_response_code = :code,
                last_error = :error, last_attempt_at = :at, delivered_at = :deliveredAt
            WHERE tenant_id = :tenantId AND id = :id""")
    void attempted(
            long tenantId,
            long id,
            DeliveryStatus status,
            @Nullable Integer code,
            @Nullable String error,
            Instant at,
            @Nullable Instant deliveredAt);

    @Query("UPDATE webhook_delivery SET status = :status WHERE tenant_id = :tenantId AND id = :id")
    void setStatus(long tenantId, long id, DeliveryStatus status);

    @Query("""
            UPDATE webhook_delivery SET status = :status, last_error = :error
            WHERE tenant_id = :tenantId AND id = :id AND status <> 'SUCCEEDED'""")
    void gaveUp(long tenantId, long id, DeliveryStatus status, @Nullable String error);
}
