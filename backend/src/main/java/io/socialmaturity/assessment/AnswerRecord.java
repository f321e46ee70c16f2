package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

@MappedEntity("answer")
record AnswerRecord(
        @EmbeddedId Key key,
        @Nullable String optionKey,
        boolean notApplicable,
        @Nullable String comment,
        @Nullable String evidenceUrl,
        int revision,
        Instant updatedAt) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId,
            @MappedProperty("user_id") String userId,
            @MappedProperty("question_key") String questionKey) {}

    boolean sameContent(@Nullable String option, boolean na, @Nullable String commentText, @Nullable String evidence) {
        return java.util.Objects.equals(optionKey, option)
                && notApplicable == na
                && java.util.Objects.equals(comment, commentText)
                && java.util.Objects.equals(evidenceUrl, evidence);
    }
}
