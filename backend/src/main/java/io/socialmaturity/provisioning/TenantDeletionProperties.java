package io.socialmaturity.provisioning;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code maturity.tenant-deletion}: how long a tenant whose deletion was requested stays restorable
 * ({@code grace}, default 30 days), and whether this instance runs the hourly purge ({@code jobs-enabled}).
 */
@ConfigurationProperties("maturity.tenant-deletion")
record TenantDeletionProperties(
        @Bindable(defaultValue = "30d") Duration grace,
        @Bindable(defaultValue = "true") boolean jobsEnabled) {}
