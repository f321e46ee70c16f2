package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.scoring.AssessmentResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the assessments API answers. */
public final class AssessmentViews {

    private AssessmentViews() {}

    @Serdeable
    public record FrameworkRef(String key, int version) {}

    /** How far the respondents are: invited, submitted, and answers given out of those expected. */
    @Serdeable
    public record Progress(int respondents, int submitted, long answers, long expectedAnswers) {}

    @Serdeable
    public record AssessmentSummary(
            long id,
            String title,
            AssessmentStatus status,
            FrameworkRef framework,
            Instant createdAt,
            @Nullable Instant openedAt,
            @Nullable Instant closedAt,
            @Nullable Progress progress,
            boolean respondent,
            @Nullable MyProgress mine,
            boolean anonymous) {}

    /** The caller's own progress in an assessment they answer: questions answered of theirs, and when submitted. */
    @Serdeable
    public record MyProgress(
            long answered, int questions, @Nullable Instant submittedAt) {}

    /**
     * A respondent as the manage page lists them. In an anonymous assessment {@code answered} is null: who
     * submitted stays visible, how far each person got does not (with live results it would tie a change in the
     * figures to a person, docs/ENGINE.md).
     */
    @Serdeable
    public record RespondentView(
            String userId,
            @Nullable String name,
            @Nullable String email,
            String businessFunction,
            Instant invitedAt,
            @Nullable Instant submittedAt,
            @Nullable Long answered,
            int questions) {}

    @Serdeable
    public record AssessmentDetail(
            long id,
            String title,
            AssessmentStatus status,
            FrameworkRef framework,
            Instant createdAt,
            @Nullable Instant openedAt,
            @Nullable Instant closedAt,
            Map<String, Integer> targets,
            @Nullable List<RespondentView> respondents,
            @Nullable Progress progress,
            boolean anonymous) {}

    @Serdeable
    public record AnswerView(
            String questionKey,
            @Nullable String optionKey,
            boolean notApplicable,
            @Nullable String comment,
            @Nullable String evidenceUrl,
            int revision,
            Instant updatedAt) {}

    @Serdeable
    public record OptionView(String key, String label) {}

    @Serdeable
    public record QuestionView(
            String key,
            String title,
            String text,
            String help,
            List<OptionView> options,
            @Nullable AnswerView answer) {}

    @Serdeable
    public record DimensionView(
            String key, String name, String description, boolean businessArea, List<QuestionView> questions) {}

    @Serdeable
    public record QuestionnaireProgress(int answered, int total) {}

    @Serdeable
    public record Questionnaire(
            long assessmentId,
            String title,
            AssessmentStatus status,
            String language,
            String businessFunction,
            String notApplicableLabel,
            @Nullable Instant submittedAt,
            QuestionnaireProgress progress,
            List<DimensionView> dimensions,
            boolean anonymous) {}

    @Serdeable
    public record Submission(Instant submittedAt, int answered, int total, List<String> unanswered) {}

    /**
     * The results: live (computed now) while the assessment is open, or the immutable snapshot taken when
     * it closed. {@code anonymous} is the assessment's (read from it, not from the snapshot): it chooses the
     * privacy rule every output applies.
     */
    @Serdeable
    public record Results(
            long assessmentId,
            AssessmentStatus status,
            boolean live,
            Instant computedAt,
            AssessmentResult result,
            boolean anonymous) {

        Results withAnonymous(boolean value) {
            return new Results(assessmentId, status, live, computedAt, result, value);
        }
    }
}
