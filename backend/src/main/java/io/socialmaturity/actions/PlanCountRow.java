package io.socialmaturity.actions;

import io.micronaut.core.annotation.Introspected;

/** The plan counts of one tenant, as one grouped query answers them for a consultant's portfolio. */
@Introspected
record PlanCountRow(long tenantId, int total, int done, int dropped, int overdue) {}
