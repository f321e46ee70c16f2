package io.socialmaturity.assessment;

import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.tenant.Tenant;
import java.time.Instant;

/**
 * Published by {@link AssessmentLifecycle#close} inside its transaction, after the snapshot is stored.
 * Synchronous listeners share the transaction: if one fails, the close is rolled back with it.
 *
 * @param tenant             the company (or consultancy) whose assessment closed
 * @param frameworkVersionId the pinned framework version's id
 * @param result             the snapshot's result
 */
public record AssessmentClosed(
        Tenant tenant,
        long assessmentId,
        String title,
        long frameworkVersionId,
        Instant closedAt,
        AssessmentResult result) {}
