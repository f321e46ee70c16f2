package io.socialmaturity.links;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code maturity.links.*}: how long a personal link lives when the admin sets no date of its own
 * ({@code lifetime}, 30 days by default).
 */
@ConfigurationProperties("maturity.links")
public record LinkProperties(@NotNull Duration lifetime) {}
