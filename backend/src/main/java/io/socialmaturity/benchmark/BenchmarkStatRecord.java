package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** Precomputed statistics of one dimension in one segment; quartiles are null below the minimum companies. */
@MappedEntity("benchmark_stat")
record BenchmarkStatRecord(
        @EmbeddedId Key key,
        int companyCount,
        @Nullable Double p25,
        @Nullable Double median,
        @Nullable Double p75,
        Instant computedAt) {

    @Embeddable
    record Key(
            @MappedProperty("framework_version_id") long frameworkVersionId,
            @MappedProperty("segment_type") String segmentType,
            @MappedProperty("segment_value") String segmentValue,
            @MappedProperty("dimension_key") String dimensionKey) {}
}
