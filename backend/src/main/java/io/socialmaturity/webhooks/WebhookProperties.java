package io.socialmaturity.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * {@code maturity.webhooks.*}.
 *
 * @param allowHttp DEVELOPMENT ONLY: accept http:// targets (production: https only)
 * @param allowPrivateAddresses DEVELOPMENT ONLY: accept targets resolving to loopback, private, link-local and other
 *     non-public addresses (production: refused, at registration and at every delivery)
 * @param disableAfterFailures an endpoint is disabled after this many failed attempts in a row (any deliveries),
 *     and its tenant's admins are mailed; the count survives the outbox giving up on a delivery after its
 *     {@code maturity.outbox.max-attempts}, so with a larger value here the failures of several events add up
 * @param timeout how long one delivery attempt may take (connect and answer)
 */
@ConfigurationProperties("maturity.webhooks")
public record WebhookProperties(
        @Bindable(defaultValue = "false") boolean allowHttp,
        @Bindable(defaultValue = "false") boolean allowPrivateAddresses,
        @Bindable(defaultValue = "20") @Min(1) int disableAfterFailures,
        @Bindable(defaultValue = "10s") Duration timeout) {}
