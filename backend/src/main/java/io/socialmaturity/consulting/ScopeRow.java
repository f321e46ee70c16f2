package io.socialmaturity.consulting;

import io.micronaut.core.annotation.Introspected;

/** One chosen assessment of an engagement. */
@Introspected
record ScopeRow(long engagementId, long assessmentId) {}
