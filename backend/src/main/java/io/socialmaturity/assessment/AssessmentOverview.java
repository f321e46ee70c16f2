package io.socialmaturity.assessment;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.AssessmentSummary;
import io.socialmaturity.assessment.AssessmentViews.FrameworkRef;
import io.socialmaturity.assessment.AssessmentViews.Progress;
import io.socialmaturity.assessment.AssessmentViews.RespondentView;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading assessments: the list (the home page) and one assessment with its respondents and progress. Progress is
 * counted by the database in grouped queries, so the list costs the same few statements whatever the number of
 * assessments and answers ({@code AssessmentListStatementsTest}).
 */
@Singleton
class AssessmentOverview {

    private final AssessmentRepository assessments;
    private final RespondentRepository respondents;
    private final AnswerRepository answers;
    private final AssessmentAccess access;

    AssessmentOverview(AssessmentRepository assessments, RespondentRepository respondents, AnswerRepository answers,
                       AssessmentAccess access) {
        this.assessments = assessments;
        this.respondents = respondents;
        this.answers = answers;
        this.access = access;
    }

    /** Tenant admins: every assessment of the tenant with its progress; respondents: those they were invited to. */
    @Transactional
    public PageResponse<AssessmentSummary> list(CurrentUser user, Paging paging) {
        long tenantId = user.tenantId();
        if (!user.hasRole(Roles.TENANT_ADMIN)) {
            List<AssessmentRecord> page = assessments.pageForRespondent(tenantId, user.id(), paging.size(), paging.offset());
            // the page holds only assessments the caller is a respondent of
            List<AssessmentSummary> items = page.stream().map(a -> summary(a, access.framework(a), null, true)).toList();
            return new PageResponse<>(items, paging.page(), paging.size(),
                    assessments.countForRespondent(tenantId, user.id()));
        }
        List<AssessmentRecord> page = assessments.page(tenantId, paging.size(), paging.offset());
        Map<Long, List<ProgressRow>> rows = new HashMap<>();
        if (!page.isEmpty()) {
            respondents.progress(tenantId, page.stream().map(AssessmentRecord::id).toList(), user.id())
                    .forEach(r -> rows.computeIfAbsent(r.assessmentId(), k -> new java.util.ArrayList<>()).add(r));
        }
        List<AssessmentSummary> items = page.stream().map(a -> {
            List<ProgressRow> mine = rows.getOrDefault(a.id(), List.of());
            PublishedFramework framework = access.framework(a);
            return summary(a, framework, progress(framework, mine), mine.stream().anyMatch(r -> r.mine() > 0));
        }).toList();
        return new PageResponse<>(items, paging.page(), paging.size(), assessments.countByTenant(tenantId));
    }

    /** Tenant admins see respondents and progress; an invited respondent sees the assessment and its targets. */
    @Transactional
    public AssessmentDetail get(CurrentUser user, long id) {
        AssessmentRecord a = access.find(user, id);
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            return detail(a);
        }
        access.invited(user, a);
        PublishedFramework framework = access.framework(a);
        return new AssessmentDetail(a.id(), a.title(), a.status(), ref(framework), a.createdAt(), a.openedAt(),
                a.closedAt(), access.effectiveTargets(a, framework), null, null);
    }

    /** The admin's view of one assessment, as every management use case answers it. */
    AssessmentDetail detail(AssessmentRecord a) {
        PublishedFramework framework = access.framework(a);
        Map<String, Long> answered = new HashMap<>();
        answers.countsByRespondent(a.tenantId(), a.id()).forEach(c -> answered.put(c.userId(), c.answers()));
        List<RespondentView> views = respondents.list(a.tenantId(), a.id()).stream()
                .map(r -> new RespondentView(r.userId(), r.displayName(), r.email(), r.businessFunction(), r.invitedAt(),
                        r.submittedAt(), answered.getOrDefault(r.userId(), 0L),
                        questionCount(framework, r.businessFunction())))
                .toList();
        Progress progress = new Progress(views.size(), (int) views.stream().filter(v -> v.submittedAt() != null).count(),
                views.stream().mapToLong(RespondentView::answered).sum(),
                views.stream().mapToLong(RespondentView::questions).sum());
        return new AssessmentDetail(a.id(), a.title(), a.status(), ref(framework), a.createdAt(), a.openedAt(),
                a.closedAt(), access.effectiveTargets(a, framework), views, progress);
    }

    private static Progress progress(PublishedFramework framework, List<ProgressRow> rows) {
        long expected = 0;
        for (ProgressRow r : rows) {
            expected += r.respondents() * questionCount(framework, r.businessFunction());
        }
        return new Progress((int) rows.stream().mapToLong(ProgressRow::respondents).sum(),
                (int) rows.stream().mapToLong(ProgressRow::submitted).sum(),
                rows.stream().mapToLong(ProgressRow::answers).sum(), expected);
    }

    private static AssessmentSummary summary(AssessmentRecord a, PublishedFramework framework,
                                             @io.micronaut.core.annotation.Nullable Progress progress, boolean respondent) {
        return new AssessmentSummary(a.id(), a.title(), a.status(), ref(framework), a.createdAt(), a.openedAt(),
                a.closedAt(), progress, respondent);
    }

    static int questionCount(PublishedFramework framework, String function) {
        var f = AssessmentRules.function(function);
        return (int) framework.definition().questions().filter(q -> q.isFor(f)).count();
    }

    static FrameworkRef ref(PublishedFramework f) {
        return new FrameworkRef(f.key(), f.version());
    }
}
