package io.socialmaturity.assessment;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What reports and exports read of an assessment (see {@link ReportSources}). */
@Singleton
class AssessmentExports {

    private final AnswerRepository answers;
    private final RespondentRepository respondents;
    private final AssessmentAccess access;
    private final AssessmentResults results;

    AssessmentExports(
            AnswerRepository answers,
            RespondentRepository respondents,
            AssessmentAccess access,
            AssessmentResults results) {
        this.answers = answers;
        this.respondents = respondents;
        this.access = access;
        this.results = results;
    }

    /**
     * An assessment and its results for a report or an export, under the rules of the results: tenant admins
     * (live while open), respondents once closed; another tenant gets 404.
     */
    @Transactional
    public ReportSources.AssessmentReportSource reportSource(CurrentUser user, long id) {
        AssessmentRecord a = access.find(user, id);
        Results r = results.results(user, a);
        return new ReportSources.AssessmentReportSource(
                a.id(), a.title(), a.status(), a.closedAt(), access.framework(a), r);
    }

    /**
     * Every respondent with every question meant for them and their answer (tenant admins only: these are
     * per-person rows). Respondents come in invitation order, questions in questionnaire order. An anonymous
     * assessment answers one row per answer given, tied to nobody ({@link AnonymousAnswers}).
     */
    @Transactional
    public ReportSources.AnswerExport answerRows(CurrentUser admin, long id) {
        AssessmentRecord a = access.find(admin, id); // another tenant: 404 before anything else
        if (!admin.hasRole(Roles.TENANT_ADMIN)) {
            throw ForbiddenException.of("problem.forbidden.export-answers");
        }
        PublishedFramework framework = access.framework(a);
        FrameworkDefinition definition = framework.definition();
        Map<String, Map<String, AnswerRecord>> byUser = new HashMap<>();
        for (AnswerRecord r : answers.forAssessment(a.tenantId(), a.id())) {
            byUser.computeIfAbsent(r.key().userId(), k -> new HashMap<>())
                    .put(r.key().questionKey(), r);
        }
        List<RespondentRecord> invited = respondents.list(a.tenantId(), a.id());
        if (a.anonymous()) {
            return new ReportSources.AnswerExport(framework, AnonymousAnswers.rows(definition, invited, byUser), true);
        }
        int width = Math.max(2, String.valueOf(invited.size()).length());
        List<ReportSources.RespondentAnswers> rows = new ArrayList<>();
        for (int i = 0; i < invited.size(); i++) {
            RespondentRecord r = invited.get(i);
            BusinessFunction function = AssessmentRules.function(r.businessFunction());
            Map<String, AnswerRecord> given = byUser.getOrDefault(r.userId(), Map.of());
            List<ReportSources.QuestionAnswer> qa = definition
                    .questions()
                    .filter(q -> q.isFor(function))
                    .map(q -> {
                        AnswerRecord ans = given.get(q.key());
                        return ans == null
                                ? new ReportSources.QuestionAnswer(q.key(), false, null, false, null, null, null)
                                : new ReportSources.QuestionAnswer(
                                        q.key(),
                                        true,
                                        ans.optionKey(),
                                        ans.notApplicable(),
                                        ans.comment(),
                                        ans.evidenceUrl(),
                                        ans.updatedAt());
                    })
                    .toList();
            rows.add(new ReportSources.RespondentAnswers(
                    String.format("R%0" + width + "d", i + 1),
                    r.userId(),
                    r.displayName(),
                    r.email(),
                    function.key(),
                    qa));
        }
        return new ReportSources.AnswerExport(framework, rows, false);
    }
}
