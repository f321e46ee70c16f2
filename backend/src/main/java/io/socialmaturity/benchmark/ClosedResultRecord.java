package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** One closed assessment's headline figures and the company's segment when it closed. */
@MappedEntity("closed_result")
record ClosedResultRecord(
        @EmbeddedId Key key,
        String title,
        long frameworkVersionId,
        Instant closedAt,
        @Nullable Double overallScore,
        @Nullable Integer overallLevel,
        boolean sociallyEnabled,
        int respondentCount,
        String industry,
        String sizeBand,
        String country) {

    long tenantId() {
        return key.tenantId();
    }

    long assessmentId() {
        return key.assessmentId();
    }

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId) {}
}
