package io.socialmaturity.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code maturity.retention.*}: whether this instance runs the daily retention job (every replica may; each
 * assessment is claimed by one). Tests turn it off and call {@link RetentionJob#apply} with the time they want.
 */
@ConfigurationProperties("maturity.retention")
record RetentionProperties(@Bindable(defaultValue = "true") boolean jobsEnabled) {}
