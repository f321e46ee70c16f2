package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.framework.PublishedFramework;
import java.time.Instant;
import java.util.List;

/**
 * What the assessments feature hands to reports and exports. Read under the same rules as the results API
 * (see {@link AssessmentQueries#reportSource} and {@link AssessmentQueries#answerRows}).
 */
public final class ReportSources {

    private ReportSources() {}

    /** An assessment with its framework version and its results (the snapshot once closed). */
    public record AssessmentReportSource(
            long id,
            String title,
            AssessmentStatus status,
            @Nullable Instant closedAt,
            PublishedFramework framework,
            Results results) {}

    /**
     * The answers export: the pinned framework version and every respondent's answers. In an anonymous assessment
     * ({@code anonymous}) each entry is one answer on its own: no pseudonym, id, name, email or time, the answers
     * of a question sorted by their content, and the business function empty where fewer than 3 of it answered
     * the question (with complementary suppression, {@code BreakdownPrivacy#hiddenGroups}).
     */
    public record AnswerExport(PublishedFramework framework, List<RespondentAnswers> respondents, boolean anonymous) {}

    /**
     * One respondent with every question meant for their business function, in questionnaire order.
     *
     * @param pseudonym stable within the assessment ({@code R01}, {@code R02}, ... in invitation order); the
     *                  only way respondents are identified unless names are explicitly asked for
     */
    public record RespondentAnswers(
            String pseudonym,
            String userId,
            @Nullable String name,
            @Nullable String email,
            String businessFunction,
            List<QuestionAnswer> answers) {}

    /** A question meant for the respondent and what they answered; {@code answered} is false when they did not. */
    public record QuestionAnswer(
            String questionKey,
            boolean answered,
            @Nullable String optionKey,
            boolean notApplicable,
            @Nullable String comment,
            @Nullable String evidenceUrl,
            @Nullable Instant updatedAt) {}
}
