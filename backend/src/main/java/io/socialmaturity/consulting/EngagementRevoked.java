package io.socialmaturity.consulting;

import io.socialmaturity.tenant.Tenant;
import java.time.Instant;

/**
 * Published by {@link ConsultingService#revoke} inside its transaction when a company ends a pending or active
 * engagement. Synchronous listeners share the transaction.
 */
public record EngagementRevoked(Tenant company, long consultancyTenantId, long engagementId, Instant at) {}
