package io.socialmaturity.dataexport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The export's own JSON records, where no API record of another feature says the same thing. */
final class ExportViews {

    private ExportViews() {}

    /**
     * The answers of one assessment, as its answers export gives them to a tenant admin: per respondent (pseudonym,
     * id, name, email, business function) every question meant for them. In an anonymous assessment each entry is one
     * answer tied to nobody (no pseudonym, id, name or email; the function only where 3 or more answered).
     */
    @Serdeable
    record AssessmentAnswers(
            long assessmentId,
            String title,
            String frameworkKey,
            int frameworkVersion,
            boolean anonymous,
            List<RespondentAnswers> respondents) {}

    @Serdeable
    record RespondentAnswers(
            @Nullable String pseudonym,
            @Nullable String userId,
            @Nullable String name,
            @Nullable String email,
            @Nullable String businessFunction,
            List<QuestionAnswer> answers) {}

    @Serdeable
    record QuestionAnswer(
            String questionKey,
            boolean answered,
            @Nullable String optionKey,
            boolean notApplicable,
            @Nullable String comment,
            @Nullable String evidenceUrl,
            @Nullable Instant updatedAt) {}

    /**
     * A user's profile fields: what the users API shows (names, email, business function, roles, status, source,
     * creation) and the directory's locale (the language of their emails).
     */
    @Serdeable
    record ExportedUser(
            String id,
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            String name,
            @Nullable String businessFunction,
            List<String> roles,
            boolean enabled,
            boolean emailVerified,
            String source,
            @Nullable Instant createdAt,
            @Nullable String locale) {}
}
