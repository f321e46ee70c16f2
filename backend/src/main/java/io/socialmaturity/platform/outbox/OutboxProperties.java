package io.socialmaturity.platform.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * {@code maturity.outbox.*}: how the dispatcher delivers the outbox.
 *
 * @param enabled whether this replica dispatches at all (every replica may: claims never overlap)
 * @param pollInterval the pause between two looks for due messages
 * @param batchSize how many due messages one claim takes
 * @param lease how long a claimed message is hidden from other replicas; longer than one delivery may take
 *     (SMTP timeouts), after it a message whose replica crashed is claimed again
 * @param maxAttempts after this many failed attempts a message is FAILED for good
 * @param firstRetry the delay after the first failure; each further failure doubles it
 * @param maxRetry the longest delay between two attempts
 */
@ConfigurationProperties("maturity.outbox")
public record OutboxProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "20") @Min(1) int batchSize,
        @Bindable(defaultValue = "2m") Duration lease,
        @Bindable(defaultValue = "8") @Min(1) int maxAttempts,
        @Bindable(defaultValue = "30s") Duration firstRetry,
        @Bindable(defaultValue = "1h") Duration maxRetry) {

    /** The delay before the next attempt after {@code failures} failed ones (1, 2, …): exponential, capped. */
    Duration retryDelay(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
