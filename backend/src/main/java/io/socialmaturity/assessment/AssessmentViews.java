package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.mail.MailStatus;
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
            boolean anonymous,

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
            int questions,
            @Nullable MailState mail) {}

    /**
     * Where the newest email to a respondent of this assessment stands: QUEUED (with the attempts made so far and
     * the last error while retrying), SENT at {@code sentAt}, or FAILED with the reason.
     */
    @Serdeable
    public record MailState(
            String template,
            MailStatus status,
            int attempts,
            Instant queuedAt,
            @Nullable Instant sentAt,
            @Nullable String lastError) {}

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
            boolean anonymous,
            @Nullable Recurrence recurrence,
            @Nullable ScheduleView schedule,
            @Nullable Completion completion) {}

    /** Where an assessment sits in its recurring series (for history): the series and its neighbours' ids. */
    @Serdeable
    public record CycleLink(
            long seriesId,
            @Nullable Long previousId,
            @Nullable Long nextId) {}

    /** A neighbour in a recurring series: the cycle before or after this one. */
    @Serdeable
    public record CycleRef(long id, String title, AssessmentStatus status) {}

    /**
     * The assessment's recurring cycle: repeated every {@code repeatEveryMonths} months (null: it does not repeat,
     * but it belongs to a series), the next cycle on the same framework version ({@code pinFrameworkVersion}) or
     * on the latest published one, the series (the id of its first assessment) and its neighbours.
     */
    @Serdeable
    public record Recurrence(
            @Nullable Integer repeatEveryMonths,
            boolean pinFrameworkVersion,
            long seriesId,
            @Nullable CycleRef previous,
            @Nullable CycleRef next) {}

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
            boolean anonymous,

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
