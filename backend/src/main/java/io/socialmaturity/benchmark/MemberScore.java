package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Introspected;

/** One company's score in one dimension, as read from the benchmark population. */
@Introspected
record MemberScore(String dimensionKey, double score) {}
