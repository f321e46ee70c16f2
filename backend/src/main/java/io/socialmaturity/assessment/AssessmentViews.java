package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.scoring.AssessmentResult;
import java.time.Instant;
import java.time.LocalDate;
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
            @Nullable ScheduleView schedule,
            @Nullable Completion completion) {}

    /**
     * The due date and reminders. {@code dueAt} is the end of the due day in {@code zone}; {@code daysLeft} counts
     * days from today there (0 on the due day, negative when overdue); {@code nextReminder} is the next day a
     * scheduled reminder goes out, if any.
     */
    @Serdeable
    public record ScheduleView(
            @Nullable LocalDate dueDate,
            @Nullable Instant dueAt,
            String zone,
            @Nullable Long daysLeft,
            boolean overdue,
            boolean autoClose,
            @Nullable Integer reminderDaysBefore,
            @Nullable Integer reminderEveryDays,
            @Nullable LocalDate nextReminder) {}

    /** Respondents of one business function and how many of them submitted. */
    @Serdeable
    public record FunctionCompletion(String businessFunction, int respondents, int submitted) {}

    /**
     * Completion by business function (framework order), and whether the marketing-vs-IT gap can be computed
     * yet: it needs at least one submitted marketing and one submitted IT respondent.
     */
    @Serdeable
    public record Completion(List<FunctionCompletion> byFunction, boolean gapComputable) {}

    /** The caller's own progress in an assessment they answer: questions answered of theirs, and when submitted. */
    @Serdeable
    public record MyProgress(
            long answered, int questions, @Nullable Instant submittedAt) {}

    @Serdeable
    public record RespondentView(
            String userId,
            @Nullable String name,
            @Nullable String email,
            String businessFunction,
            Instant invitedAt,
            @Nullable Instant submittedAt,
            long answered,
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
            @Nullable ScheduleView schedule,
            @Nullable Completion completion) {}

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
            @Nullable ScheduleView schedule) {}

    /** What "remind now" did: reminders queued, and who was skipped and why (submitted, reminded-today, no-email). */
    @Serdeable
    public record ReminderOutcome(
            int queued, int skipped, List<String> queuedTo, List<SkippedReminder> skippedRespondents) {}

    @Serdeable
    public record SkippedReminder(String userId, String reason) {}

    @Serdeable
    public record Submission(Instant submittedAt, int answered, int total, List<String> unanswered) {}

    /**
     * The results: live (computed now) while the assessment is open, or the immutable snapshot taken when
     * it closed.
     */
    @Serdeable
    public record Results(
            long assessmentId, AssessmentStatus status, boolean live, Instant computedAt, AssessmentResult result) {}
}
