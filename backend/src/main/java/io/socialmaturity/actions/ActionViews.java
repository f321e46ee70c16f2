package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the action-plan API answers. */
public final class ActionViews {

    private ActionViews() {}

    /** An owner of an action, as the directory named them when they were assigned. */
    @Serdeable
    public record Owner(
            String userId, String displayName, @Nullable String businessFunction) {}

    /**
     * Something accepted but worth a second look, e.g. {@code dueDate} / {@code before-creation}: a due date before
     * the day the action was created.
     */
    @Serdeable
    public record Warning(String field, String code) {}

    /** One entry of the update log: who, when, what changed ({field: {from, to}}), and the note. */
    @Serdeable
    public record Update(
            long id,
            Instant at,
            String actorId,
            @Nullable String actorName,
            String kind,
            Map<String, Object> changes,
            @Nullable String note) {}

    /**
     * An action. {@code overdue}: not done or dropped and its due date has passed (in the campaigns' zone);
     * {@code updates} only in the answer of a single action (newest first).
     */
    @Serdeable
    public record Action(
            long id,
            String title,
            @Nullable String description,
            String frameworkKey,
            int frameworkVersion,
            String dimension,
            String dimensionName,
            List<String> questionKeys,
            List<Owner> owners,
            @Nullable LocalDate dueDate,
            ActionStatus status,
            @Nullable Effort effort,
            @Nullable BigDecimal costEstimate,
            @Nullable Integer expectedLevel,
            @Nullable Long sourceAssessmentId,
            @Nullable String sourceRecommendationKey,
            boolean overdue,
            @Nullable Instant doneAt,
            Instant createdAt,
            Instant updatedAt,
            List<Warning> warnings,
            @Nullable List<Update> updates) {}

    /** Progress of one dimension: done of all (dropped actions are not counted in {@code total}). */
    @Serdeable
    public record DimensionProgress(String dimension, String dimensionName, int total, int done, int overdue) {}

    /** Progress of the whole plan: done of all, dropped apart, overdue, and per dimension in framework order. */
    @Serdeable
    public record Progress(int total, int done, int dropped, int overdue, List<DimensionProgress> byDimension) {}

    /** A plan in four numbers (a consultant's portfolio and comparison): as {@link Progress}, without dimensions. */
    @Serdeable
    public record PlanCounts(int total, int done, int dropped, int overdue) {

        public static final PlanCounts NONE = new PlanCounts(0, 0, 0, 0);
    }

    /** The plan: the actions that match the filters, and the progress of the whole plan (unfiltered). */
    @Serdeable
    public record ActionPlan(List<Action> items, Progress progress) {}

    /**
     * The owners proposed for an action of the IT–marketing alignment dimension: one user of marketing and one of
     * IT, each the one with the fewest open actions (then by name); null when the tenant has nobody in it.
     */
    @Serdeable
    public record PairProposal(
            String dimension,
            @Nullable Owner marketing,
            @Nullable Owner it) {}

    /** An action done in the period of an assessment: since the previous one of its framework closed. */
    @Serdeable
    public record DoneAction(long id, String title, Instant doneAt) {}

    /** An open action of a dimension that reached its target: worth closing (done or dropped). */
    @Serdeable
    public record ClosingSuggestion(long id, String title, ActionStatus status) {}

    /**
     * One dimension of a closed assessment next to the work done before it: its score and change from the previous
     * closed assessment of the same framework, the actions of the dimension done since that one closed (until this
     * one closed), and, when the dimension met its target, its open actions suggested for closing.
     */
    @Serdeable
    public record DimensionLoop(
            String dimension,
            String dimensionName,
            @Nullable Double score,
            @Nullable Double change,
            boolean targetMet,
            int actionsDone,
            List<DoneAction> done,
            List<ClosingSuggestion> suggestedForClosing) {}

    /**
     * A closed assessment and the plan's work since the previous closed assessment of its framework ({@code previous*}
     * null for the first: then every action done before it closed counts).
     */
    @Serdeable
    public record AssessmentLoop(
            long assessmentId,
            String title,
            String frameworkKey,
            Instant closedAt,
            @Nullable Long previousAssessmentId,
            @Nullable Instant previousClosedAt,
            @Nullable Double overallScore,
            @Nullable Double overallChange,
            int actionsDone,
            List<DimensionLoop> dimensions) {}
}
