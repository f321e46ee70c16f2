package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Introspected;

/** The segment a company is counted in for one framework version. */
@Introspected
record MemberSegment(String industry, String sizeBand, String country) {}
