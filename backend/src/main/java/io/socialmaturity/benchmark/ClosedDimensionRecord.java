package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One dimension's score and level of a closed assessment (null when nobody answered it). */
@MappedEntity("closed_dimension")
record ClosedDimensionRecord(
        @EmbeddedId Key key,
        @Nullable Double score,
        @Nullable Integer level) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId,
            @MappedProperty("dimension_key") String dimensionKey) {}
}
