package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Introspected;

/** How many answers one respondent saved, counted by SQL (see {@link AnswerRepository#countsByRespondent}). */
@Introspected
record AnswerCount(String userId, long answers) {}
