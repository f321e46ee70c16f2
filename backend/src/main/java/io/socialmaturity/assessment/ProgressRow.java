package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Introspected;

/**
 * Respondents of one assessment who answer for one business function, counted by SQL
 * (see {@link RespondentRepository#progress}): how many, how many submitted, how many answers they saved.
 */
@Introspected
record ProgressRow(long assessmentId, String businessFunction, long respondents, long submitted, long answers) {}
