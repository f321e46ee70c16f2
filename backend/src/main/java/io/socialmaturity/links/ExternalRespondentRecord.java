package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.socialmaturity.assessment.RespondentsByLink;
import java.time.Instant;
import java.time.LocalDate;

/** A respondent without an account and the state of their personal link (table external_respondent). */
@MappedEntity("external_respondent")
record ExternalRespondentRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        long assessmentId,
        String email,
        String name,
        String businessFunction,
        String language,
        @Nullable LocalDate expiresOn,
        @Nullable String tokenHash,
        @Nullable Instant linkCreatedAt,
        @Nullable Instant linkExpiresAt,
        @Nullable Instant revokedAt,
        String createdBy,
        Instant createdAt) {

    /** How their answers, progress and mails are keyed: the respondent row's user id. */
    String ref() {
        return ref(id);
    }

    static String ref(long id) {
        return RespondentsByLink.EXTERNAL_PREFIX + id;
    }
}
