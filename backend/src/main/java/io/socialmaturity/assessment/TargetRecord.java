package io.socialmaturity.assessment;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("assessment_target")
record TargetRecord(@EmbeddedId Key key, int targetLevel) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId,
            @MappedProperty("dimension_key") String dimensionKey) {}
}
