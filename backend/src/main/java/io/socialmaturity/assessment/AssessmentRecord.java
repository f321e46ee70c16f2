package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("assessment")
record AssessmentRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        String title,
        long frameworkVersionId,
        AssessmentStatus status,
        String createdBy,
        Instant createdAt,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        boolean anonymous) {}
