package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Introspected;

/** The facts an answer save checks, read in one query (see AssessmentRepository#answerContext). */
@Introspected
record AnswerContext(String status, long frameworkVersionId, String businessFunction, boolean anonymous) {}
