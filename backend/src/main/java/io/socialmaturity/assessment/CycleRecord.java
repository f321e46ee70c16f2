package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** An assessment's place in a recurring series and its repeat setting (table assessment_cycle). */
@MappedEntity("assessment_cycle")
record CycleRecord(
        @EmbeddedId Key key,
        long seriesId,
        @Nullable Long previousId,
        @Nullable Long nextId,
        @Nullable Integer repeatMonths,
        boolean pinVersion) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId) {}

    long assessmentId() {
        return key.assessmentId();
    }
}
