package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

@MappedEntity("respondent")
record RespondentRecord(
        @EmbeddedId Key key,
        @Nullable String displayName,
        @Nullable String email,
        String businessFunction,
        Instant invitedAt,
        @Nullable Instant submittedAt) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId,
            @MappedProperty("user_id") String userId) {}

    String userId() {
        return key.userId();
    }
}
