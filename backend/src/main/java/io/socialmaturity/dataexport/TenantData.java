package io.socialmaturity.dataexport;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.actions.ActionPlans;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.assessment.AssessmentStatus;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.ReportSources;
import io.socialmaturity.assessment.ResultsPresenter;
import io.socialmaturity.assessment.ResultsPresenter.ResultsResponse;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.audit.AuditService.AuditEvent;
import io.socialmaturity.consulting.ConsultingService;
import io.socialmaturity.consulting.ConsultingViews.Engagement;
import io.socialmaturity.dataexport.ExportViews.AssessmentAnswers;
import io.socialmaturity.dataexport.ExportViews.ExportedUser;
import io.socialmaturity.dataexport.ExportViews.QuestionAnswer;
import io.socialmaturity.dataexport.ExportViews.RespondentAnswers;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserAdministration;
import io.socialmaturity.users.UserAdministration.ManagedUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads everything of one tenant through the other features' public faces, each under the rules of its own API for a
 * tenant admin (an anonymous assessment's answers tied to nobody, results under its privacy rule). The database reads
 * share one REPEATABLE READ transaction, so the files agree with each other (one consistent snapshot); users come from
 * Keycloak beside it.
 */
@Singleton
class TenantData {

    /** Everything read, in the export's order. */
    record Read(
            List<AssessmentDetail> assessments,
            List<AssessmentAnswers> answers,
            List<ResultsResponse> results,
            List<Action> actions,
            List<ExportedUser> users,
            List<Engagement> engagements,
            List<AuditEvent> audit) {}

    private final AssessmentQueries assessments;
    private final ResultsPresenter presenter;
    private final ActionPlans plans;
    private final UserAdministration userAdministration;
    private final UserDirectory directory;
    private final ConsultingService consulting;
    private final AuditService audit;

    TenantData(
            AssessmentQueries assessments,
            ResultsPresenter presenter,
            ActionPlans plans,
            UserAdministration userAdministration,
            UserDirectory directory,
            ConsultingService consulting,
            AuditService audit) {
        this.assessments = assessments;
        this.presenter = presenter;
        this.plans = plans;
        this.userAdministration = userAdministration;
        this.directory = directory;
        this.consulting = consulting;
        this.audit = audit;
    }

    @Transactional(isolation = TransactionDefinition.Isolation.REPEATABLE_READ, readOnly = true)
    public Read read(CurrentUser admin, String language) {
        Tenant tenant = admin.requireTenant();
        List<AssessmentDetail> details = assessments.ids(tenant.id()).stream()
                .map(id -> assessments.get(admin, id))
                .toList();
        List<AssessmentAnswers> answers =
                details.stream().map(d -> answers(admin, d)).toList();
        List<ResultsResponse> results = details.stream()
                .filter(d -> d.status() == AssessmentStatus.CLOSED)
                .map(d -> presenter.present(admin, assessments.results(admin, d.id()), language))
                .toList();
        List<Action> actions = plans.actionsWithUpdates(tenant.id(), language);
        List<Engagement> engagements = tenant.kind() == TenantKind.COMPANY
                ? consulting.companyEngagements(admin)
                : consulting.consultancyEngagements(admin);
        return new Read(details, answers, results, actions, users(tenant), engagements, auditTrail(tenant.id()));
    }

    private AssessmentAnswers answers(CurrentUser admin, AssessmentDetail d) {
        ReportSources.AnswerExport export = assessments.answerRows(admin, d.id());
        List<RespondentAnswers> respondents = export.respondents().stream()
                .map(r -> new RespondentAnswers(
                        blankToNull(r.pseudonym()),
                        blankToNull(r.userId()),
                        r.name(),
                        r.email(),
                        blankToNull(r.businessFunction()),
                        r.answers().stream()
                                .map(q -> new QuestionAnswer(
                                        q.questionKey(),
                                        q.answered(),
                                        q.optionKey(),
                                        q.notApplicable(),
                                        q.comment(),
                                        q.evidenceUrl(),
                                        q.updatedAt()))
                                .toList()))
                .toList();
        return new AssessmentAnswers(
                d.id(), d.title(), d.framework().key(), d.framework().version(), export.anonymous(), respondents);
    }

    /** The users API's fields with the directory's locale, every page of both. */
    private List<ExportedUser> users(Tenant tenant) {
        Map<String, String> locales = new HashMap<>();
        for (DirectoryUser u : all(p -> directory.list(tenant, null, p))) {
            locales.put(u.id(), u.locale());
        }
        return all(p -> userAdministration.list(tenant, null, p)).stream()
                .map((ManagedUser u) -> new ExportedUser(
                        u.id(),
                        u.email(),
                        u.firstName(),
                        u.lastName(),
                        u.name(),
                        u.businessFunction(),
                        u.roles(),
                        u.enabled(),
                        u.emailVerified(),
                        u.source().name(),
                        u.createdAt(),
                        locales.get(u.id())))
                .toList();
    }

    /** The whole audit trail, newest first as the audit API pages it. */
    private List<AuditEvent> auditTrail(long tenantId) {
        return all(p -> audit.page(tenantId, p));
    }

    private static <T> List<T> all(Function<Paging, PageResponse<T>> pages) {
        List<T> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<T> p = pages.apply(Paging.of(page, Paging.MAX_SIZE));
            out.addAll(p.items());
            if (p.items().size() < Paging.MAX_SIZE) {
                return out;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
