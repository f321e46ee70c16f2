package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/** What clients send. Records with validation; never entities. */
public final class AssessmentCommands {

    private AssessmentCommands() {}

    /**
     * Creates an assessment; without a version the latest published one is pinned. {@code anonymous} (default
     * false): nobody, administrators included, can see which answers are whose (docs/ENGINE.md). With
     * {@code repeatEveryMonths} (1–24) it repeats: its close creates the next cycle as a draft, on the latest
     * published version of the same framework unless {@code pinFrameworkVersion}.
     */
    @Serdeable
    public record CreateAssessment(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 64) String frameworkKey,
            @Nullable @Min(1) Integer frameworkVersion,
            @Nullable Boolean anonymous,
            @Nullable @Min(1) @Max(24) Integer repeatEveryMonths,
            @Nullable Boolean pinFrameworkVersion,
            @Nullable @Valid SetSchedule schedule) {}

    /**
     * Changes the repeat setting while the assessment is a draft or open: {@code repeatEveryMonths} 1–24, or null to
     * stop repeating; {@code pinFrameworkVersion} keeps the next cycle on this framework version.
     */
    @Serdeable
    public record SetRecurrence(
            @Nullable @Min(1) @Max(24) Integer repeatEveryMonths,
            @Nullable Boolean pinFrameworkVersion) {}

    /** Makes a draft anonymous or not; once the assessment is open the choice is fixed (409). */
    @Serdeable
    public record SetAnonymity(@NotNull Boolean anonymous) {}

    /**
     * The due date (a calendar date, due at the end of that day in the zone of {@code maturity.campaigns.zone}),
     * whether the assessment closes by itself then, and reminders: the first {@code reminderDaysBefore} days
     * before the due date, then every {@code reminderEveryDays} days until it. Sent whole: a field left out is
     * cleared.
     */
    @Serdeable
    public record SetSchedule(
            @Nullable LocalDate dueDate,
            @Nullable Boolean autoClose,
            @Nullable @Min(1) @Max(365) Integer reminderDaysBefore,
            @Nullable @Min(1) @Max(365) Integer reminderEveryDays) {}

    /** Remind now: one respondent ({@code userId}) or, without it, every respondent who has not submitted. */
    @Serdeable
    public record RemindNow(@Nullable @Size(max = 64) String userId) {}

    /** Target level (1–5) per dimension key; dimensions left out keep the framework's default target. */
    @Serdeable
    public record SetTargets(
            @NotNull Map<@NotBlank @Size(max = 64) String, @NotNull @Min(1) @Max(5) Integer> targets) {}

    /** Invites a user of the same tenant; without a business function the user's own (from Keycloak) is used. */
    @Serdeable
    public record AddRespondent(
            @NotBlank @Size(max = 64) String userId,

            @Nullable
            @Pattern(
                    regexp = "marketing|it|sales|service|rnd|hr|executive|other",
                    message = "must be one of marketing, it, sales, service, rnd, hr, executive, other")
            String businessFunction) {}

    /**
     * An autosaved answer: an option key, or {@code notApplicable: true} ("don't know / not applicable").
     * {@code baseRevision} is the revision the client last saw (0 for a new answer); a stale one is refused
     * with 409 and the current answer.
     */
    @Serdeable
    public record SaveAnswer(
            @Nullable @Size(max = 64) String optionKey,
            @Nullable Boolean notApplicable,
            @Nullable @Size(max = 2000) String comment,

            @Nullable @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String evidenceUrl,

            @NotNull @Min(0) Integer baseRevision) {

        /** What people type is accepted as a link: {@code www.acme.it} is stored as {@code https://www.acme.it}. */
        public SaveAnswer {
            evidenceUrl = EvidenceLinks.normalize(evidenceUrl);
        }
    }
}
