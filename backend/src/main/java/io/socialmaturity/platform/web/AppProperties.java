package io.socialmaturity.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** {@code maturity.app.*}: where people open the app (invitation emails link back here). */
@ConfigurationProperties("maturity.app")
public record AppProperties(@NotBlank String publicUrl) {}
