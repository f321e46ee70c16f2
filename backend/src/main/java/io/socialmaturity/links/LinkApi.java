package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.mail.MailStatus;
import io.socialmaturity.vocabulary.BusinessFunctionName;
import io.socialmaturity.vocabulary.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** What the personal-links API takes and answers. */
public final class LinkApi {

    private LinkApi() {}

    /**
     * Adds a respondent without an account. {@code language} (en, it; default en) is that of their mail;
     * {@code expiresOn}, a future date, is the last day their link works (default: {@code maturity.links.lifetime}
     * after each link is made, 30 days).
     */
    @Serdeable
    public record AddExternalRespondent(
            @NotBlank @EmailAddress String email,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @BusinessFunctionName String businessFunction,

            @Nullable @Pattern(regexp = "en|it", message = "{violation.language}")
            String language,

            @Nullable LocalDate expiresOn) {}

    /** Makes a new link (the old one stops working) and mails it; {@code expiresOn} as when adding. */
    @Serdeable
    public record ResendLink(@Nullable LocalDate expiresOn) {}

    /** PENDING: no link yet (the assessment is a draft; it is mailed when it opens). */
    public enum LinkState {
        PENDING,
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    /** The newest mail to the respondent (absent before the first one). */
    @Serdeable
    public record MailView(
            MailStatus status,
            int attempts,
            Instant queuedAt,
            @Nullable Instant sentAt,
            @Nullable String lastError) {}

    @Serdeable
    public record ExternalRespondentView(
            long id,
            String respondentRef,
            String name,
            String email,
            String businessFunction,
            String language,
            Instant invitedAt,
            LinkState link,
            @Nullable Instant linkCreatedAt,
            @Nullable Instant linkExpiresAt,
            @Nullable LocalDate expiresOn,
            @Nullable MailView mail,
            @Nullable Long answered,
            int questions,
            @Nullable Instant submittedAt) {}
}
