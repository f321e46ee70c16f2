package io.socialmaturity.dataexport;

import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.Owner;
import io.socialmaturity.actions.ActionViews.Update;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.RespondentView;
import io.socialmaturity.assessment.ResultsPresenter.ResultsResponse;
import io.socialmaturity.audit.AuditService.AuditEvent;
import io.socialmaturity.consulting.ConsultingViews.Engagement;
import io.socialmaturity.consulting.ConsultingViews.ScopedAssessment;
import io.socialmaturity.dataexport.ExportViews.AssessmentAnswers;
import io.socialmaturity.dataexport.ExportViews.ExportedUser;
import io.socialmaturity.dataexport.ExportViews.QuestionAnswer;
import io.socialmaturity.dataexport.ExportViews.RespondentAnswers;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.DimensionResult;
import io.socialmaturity.scoring.DimensionScore;
import io.socialmaturity.scoring.OverallResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV tables of the export (plain functions): stable snake_case column keys, one row per thing, the same values
 * as the JSON files (times ISO-8601 UTC, lists joined with "; ", nested details as JSON text).
 */
final class ExportTables {

    private ExportTables() {}

    static final List<String> ASSESSMENTS = List.of(
            "assessment_id",
            "title",
            "status",
            "framework_key",
            "framework_version",
            "anonymous",
            "created_at",
            "opened_at",
            "closed_at",
            "due_date",
            "respondents",
            "submitted",
            "answers",
            "expected_answers",
            "targets");

    static List<List<Object>> assessments(List<AssessmentDetail> details) {
        return details.stream()
                .map(a -> row(
                        a.id(),
                        a.title(),
                        a.status().name(),
                        a.framework().key(),
                        a.framework().version(),
                        a.anonymous(),
                        a.createdAt(),
                        a.openedAt(),
                        a.closedAt(),
                        a.schedule() == null ? null : a.schedule().dueDate(),
                        a.progress() == null ? null : a.progress().respondents(),
                        a.progress() == null ? null : a.progress().submitted(),
                        a.progress() == null ? null : a.progress().answers(),
                        a.progress() == null ? null : a.progress().expectedAnswers(),
                        a.targets().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .sorted()
                                .collect(Collectors.joining("; "))))
                .toList();
    }

    static final List<String> RESPONDENTS = List.of(
            "assessment_id",
            "user_id",
            "name",
            "email",
            "business_function",
            "invited_at",
            "submitted_at",
            "answered",
            "questions");

    static List<List<Object>> respondents(List<AssessmentDetail> details) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentDetail a : details) {
            for (RespondentView r : a.respondents() == null ? List.<RespondentView>of() : a.respondents()) {
                rows.add(row(
                        a.id(),
                        r.userId(),
                        r.name(),
                        r.email(),
                        r.businessFunction(),
                        r.invitedAt(),
                        r.submittedAt(),
                        r.answered(),
                        r.questions()));
            }
        }
        return rows;
    }

    static final List<String> ANSWERS = List.of(
            "assessment_id",
            "anonymous",
            "pseudonym",
            "user_id",
            "name",
            "email",
            "business_function",
            "question_key",
            "answered",
            "option_key",
            "not_applicable",
            "comment",
            "evidence_url",
            "updated_at");

    static List<List<Object>> answers(List<AssessmentAnswers> sets) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentAnswers s : sets) {
            for (RespondentAnswers r : s.respondents()) {
                for (QuestionAnswer q : r.answers()) {
                    rows.add(row(
                            s.assessmentId(),
                            s.anonymous(),
                            r.pseudonym(),
                            r.userId(),
                            r.name(),
                            r.email(),
                            r.businessFunction(),
                            q.questionKey(),
                            q.answered(),
                            q.optionKey(),
                            q.notApplicable(),
                            q.comment(),
                            q.evidenceUrl(),
                            q.updatedAt()));
                }
            }
        }
        return rows;
    }

    static final List<String> RESULTS = List.of(
            "assessment_id",
            "computed_at",
            "dimension_key",
            "business_area",
            "weight",
            "group",
            "score",
            "level",
            "coverage",
            "target_level",
            "level_gap",
            "target_met",
            "socially_enabled");

    /**
     * Per closed assessment: the overall row ({@code dimension_key} "overall", with {@code socially_enabled}), then per
     * dimension the row of everyone ({@code group} "all", with its target) and one per business function the result
     * discloses.
     */
    static List<List<Object>> results(List<ResultsResponse> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResultsResponse r : results) {
            AssessmentResult result = r.result();
            OverallResult o = result.overall();
            rows.add(row(
                    r.assessmentId(),
                    r.computedAt(),
                    "overall",
                    null,
                    null,
                    "all",
                    o.score(),
                    o.level(),
                    o.coverage(),
                    null,
                    null,
                    null,
                    o.sociallyEnabled()));
            for (DimensionResult d : result.dimensions()) {
                rows.add(dimensionRow(r, d, "all", d.all(), true));
                for (Map.Entry<String, DimensionScore> f : d.byFunction().entrySet()) {
                    rows.add(dimensionRow(r, d, f.getKey(), f.getValue(), false));
                }
            }
        }
        return rows;
    }

    private static List<Object> dimensionRow(
            ResultsResponse r, DimensionResult d, String group, DimensionScore s, boolean withTarget) {
        return row(
                r.assessmentId(),
                r.computedAt(),
                d.key(),
                d.businessArea(),
                d.weight(),
                group,
                s.score(),
                s.level(),
                s.coverage(),
                withTarget ? d.target().targetLevel() : null,
                withTarget ? d.target().levelGap() : null,
                withTarget ? d.target().met() : null,
                null);
    }

    static final List<String> ACTIONS = List.of(
            "action_id",
            "title",
            "description",
            "framework_key",
            "framework_version",
            "dimension_key",
            "dimension",
            "question_keys",
            "owner_ids",
            "owners",
            "due_date",
            "status",
            "overdue",
            "effort",
            "cost_estimate",
            "expected_level",
            "source_assessment_id",
            "source_recommendation",
            "done_at",
            "created_at",
            "updated_at");

    static List<List<Object>> actions(List<Action> actions) {
        return actions.stream()
                .map(a -> row(
                        a.id(),
                        a.title(),
                        a.description(),
                        a.frameworkKey(),
                        a.frameworkVersion(),
                        a.dimension(),
                        a.dimensionName(),
                        String.join("; ", a.questionKeys()),
                        a.owners().stream().map(Owner::userId).collect(Collectors.joining("; ")),
                        a.owners().stream().map(Owner::displayName).collect(Collectors.joining("; ")),
                        a.dueDate(),
                        a.status().name(),
                        a.overdue(),
                        a.effort() == null ? null : a.effort().name(),
                        a.costEstimate(),
                        a.expectedLevel(),
                        a.sourceAssessmentId(),
                        a.sourceRecommendationKey(),
                        a.doneAt(),
                        a.createdAt(),
                        a.updatedAt()))
                .toList();
    }

    static final List<String> ACTION_UPDATES =
            List.of("action_id", "update_id", "at", "actor_id", "actor_name", "kind", "changes", "note");

    static List<List<Object>> actionUpdates(List<Action> actions, Function<Object, String> json) {
        List<List<Object>> rows = new ArrayList<>();
        for (Action a : actions) {
            for (Update u : a.updates() == null ? List.<Update>of() : a.updates()) {
                rows.add(row(
                        a.id(),
                        u.id(),
                        u.at(),
                        u.actorId(),
                        u.actorName(),
                        u.kind(),
                        u.changes().isEmpty() ? null : json.apply(u.changes()),
                        u.note()));
            }
        }
        return rows;
    }

    static final List<String> USERS = List.of(
            "user_id",
            "email",
            "first_name",
            "last_name",
            "name",
            "business_function",
            "roles",
            "enabled",
            "email_verified",
            "source",
            "created_at",
            "locale");

    static List<List<Object>> users(List<ExportedUser> users) {
        return users.stream()
                .map(u -> row(
                        u.id(),
                        u.email(),
                        u.firstName(),
                        u.lastName(),
                        u.name(),
                        u.businessFunction(),
                        String.join("; ", u.roles()),
                        u.enabled(),
                        u.emailVerified(),
                        u.source(),
                        u.createdAt(),
                        u.locale()))
                .toList();
    }

    static final List<String> ENGAGEMENTS = List.of(
            "engagement_id",
            "company_alias",
            "company_name",
            "consultancy_alias",
            "consultancy_name",
            "status",
            "all_assessments",
            "assessment_ids",
            "granted_at",
            "accepted_at",
            "ended_at");

    static List<List<Object>> engagements(List<Engagement> engagements) {
        return engagements.stream()
                .map(e -> row(
                        e.id(),
                        e.company().alias(),
                        e.company().name(),
                        e.consultancy().alias(),
                        e.consultancy().name(),
                        e.status().name(),
                        e.allAssessments(),
                        e.assessments().stream()
                                .map(ScopedAssessment::id)
                                .map(String::valueOf)
                                .collect(Collectors.joining("; ")),
                        e.grantedAt(),
                        e.acceptedAt(),
                        e.endedAt()))
                .toList();
    }

    static final List<String> AUDIT = List.of(
            "event_id", "occurred_at", "actor_id", "actor_name", "action", "entity_type", "entity_id", "details");

    static List<List<Object>> audit(List<AuditEvent> events, Function<Object, String> json) {
        return events.stream()
                .map(e -> row(
                        e.id(),
                        e.occurredAt(),
                        e.actorId(),
                        e.actorName(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.details().isEmpty() ? null : json.apply(e.details())))
                .toList();
    }

    /** A row that may hold nulls (empty cells), unlike {@code List.of}. */
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
