package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A closed assessment's placement against one published figure (the company's share; null when nobody answered). */
@MappedEntity("closed_figure")
record ClosedFigureRecord(
        @EmbeddedId Key key,
        String questionKey,
        double publishedValue,
        @Nullable Double companyValue,
        int sampleSize) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId,
            @MappedProperty("figure_key") String figureKey) {}
}
