package io.socialmaturity.consulting;

import io.socialmaturity.tenant.Tenant;
import java.time.Instant;
import java.util.List;

/**
 * Published by {@link ConsultingService#grant} inside its transaction when a company grants (or grants again) a
 * consultancy access; not on a mere change of scope. Synchronous listeners share the transaction.
 *
 * @param assessmentIds the assessments in scope; empty when all are
 */
public record EngagementGranted(
        Tenant company,
        Tenant consultancy,
        long engagementId,
        boolean allAssessments,
        List<Long> assessmentIds,
        Instant at) {}
