package io.socialmaturity.erasure;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code maturity.erasure.*}: the secret key of the pseudonyms ({@code MATURITY_ERASURE_PSEUDONYM_KEY}). The same key
 * gives the same person the same pseudonym; without the key a pseudonym cannot be traced back to the person.
 */
@ConfigurationProperties("maturity.erasure")
public record ErasureProperties(@NotBlank String pseudonymKey) {}
