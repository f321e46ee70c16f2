package io.socialmaturity.assessment;

import io.socialmaturity.tenant.Tenant;

/**
 * Published by {@link AssessmentLifecycle#open} inside its transaction. Synchronous listeners share the
 * transaction (e.g. personal links queue their mails with the opening): if one fails, the opening is rolled back.
 */
public record AssessmentOpened(Tenant tenant, long assessmentId, String title) {}
