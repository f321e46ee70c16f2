package io.socialmaturity.assessment;

import io.socialmaturity.tenant.Tenant;
import java.time.Instant;

/**
 * Published by {@link Questionnaires#submit} inside its transaction, after the respondent is marked submitted.
 * Synchronous listeners share the transaction (the webhooks queue their deliveries with it).
 *
 * @param respondentRef the respondent's user id, or {@code external:<id>} for a respondent without an account
 */
public record RespondentSubmitted(
        Tenant tenant, long assessmentId, String title, String respondentRef, int answered, int total, Instant at) {}
