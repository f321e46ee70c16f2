package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.AssessmentSummary;
import io.socialmaturity.assessment.AssessmentViews.Completion;
import io.socialmaturity.assessment.AssessmentViews.CycleRef;
import io.socialmaturity.assessment.AssessmentViews.FrameworkRef;
import io.socialmaturity.assessment.AssessmentViews.MailState;
import io.socialmaturity.assessment.AssessmentViews.MyProgress;
import io.socialmaturity.assessment.AssessmentViews.Progress;
import io.socialmaturity.assessment.AssessmentViews.Recurrence;
import io.socialmaturity.assessment.AssessmentViews.RespondentView;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.mail.MailDelivery;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import jakarta.inject.Singleton;
import java.util.ArrayList;
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
    private final CycleRepository cycles;
    private final MailQueue mails;
    private final CampaignViews campaign;

    AssessmentOverview(
            AssessmentRepository assessments,
            RespondentRepository respondents,
            AnswerRepository answers,
            AssessmentAccess access,
            CycleRepository cycles,
            MailQueue mails,
            CampaignViews campaign) {
        this.assessments = assessments;
        this.respondents = respondents;
        this.answers = answers;
        this.access = access;
        this.cycles = cycles;
        this.mails = mails;
        this.campaign = campaign;
    }

    /**
     * Tenant admins: every assessment of the tenant with its progress; respondents: those they were invited to. Both
     * see their own progress where they answer ({@code mine}).
     */
    @Transactional
    public PageResponse<AssessmentSummary> list(CurrentUser user, Paging paging) {
        long tenantId = user.tenantId();
        boolean admin = user.hasRole(Roles.TENANT_ADMIN);
        List<AssessmentRecord> page = admin
                ? assessments.page(tenantId, paging.size(), paging.offset())
                : assessments.pageForRespondent(tenantId, user.id(), paging.size(), paging.offset());
        List<Long> ids = page.stream().map(AssessmentRecord::id).toList();
        // the caller's own progress where they answer, for the whole page in one query
        Map<Long, MyProgressRow> mine = new HashMap<>();
        Map<Long, List<ProgressRow>> all = new HashMap<>();
        if (!ids.isEmpty()) {
            respondents.progressOf(tenantId, user.id(), ids).forEach(r -> mine.put(r.assessmentId(), r));
            if (admin) {
                respondents
                        .progress(tenantId, ids)
                        .forEach(r -> all.computeIfAbsent(r.assessmentId(), k -> new ArrayList<>())
                                .add(r));
            }
        }
        Map<Long, ScheduleRecord> schedules = campaign.schedules(tenantId, ids);
        List<AssessmentSummary> items = page.stream()
                .map(a -> {
                    PublishedFramework framework = access.framework(a);
                    MyProgressRow own = mine.get(a.id());
                    List<ProgressRow> rows = all.getOrDefault(a.id(), List.of());
                    return new AssessmentSummary(
                            a.id(),
                            a.title(),
                            a.status(),
                            ref(framework),
                            a.createdAt(),
                            a.openedAt(),
                            a.closedAt(),
                            admin ? progress(framework, rows) : null,
                            own != null,
                            own == null
                                    ? null
                                    : new MyProgress(
                                            own.answered(),
                                            questionCount(framework, own.businessFunction()),
                                            own.submittedAt()),
                            a.anonymous(),
                            campaign.schedule(a, schedules.get(a.id())),
                            admin ? CampaignViews.completion(rows) : null);
                })
                .toList();
        long total = admin ? assessments.countByTenant(tenantId) : assessments.countForRespondent(tenantId, user.id());
        return new PageResponse<>(items, paging.page(), paging.size(), total);
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
        return detail(a, framework, null, null, null);
    }

    /** The admin's view of one assessment, as every management use case answers it. */
    AssessmentDetail detail(AssessmentRecord a) {
        PublishedFramework framework = access.framework(a);
        Map<String, Long> answered = new HashMap<>();
        answers.countsByRespondent(a.tenantId(), a.id()).forEach(c -> answered.put(c.userId(), c.answers()));
        Map<String, MailDelivery> mailed = mails.latestBySubject(a.tenantId(), "assessment:" + a.id());
        List<RespondentView> views = respondents.list(a.tenantId(), a.id()).stream()
                .map(r -> new RespondentView(
                        r.userId(),
                        r.displayName(),
                        r.email(),
                        r.businessFunction(),
                        r.invitedAt(),
                        r.submittedAt(),
                        a.anonymous() ? null : answered.getOrDefault(r.userId(), 0L),
                        questionCount(framework, r.businessFunction()),
                        mailState(mailed.get(r.userId()))))
                .toList();
        Progress progress = new Progress(
                views.size(),
                (int) views.stream().filter(v -> v.submittedAt() != null).count(),
                answered.values().stream().mapToLong(Long::longValue).sum(),
                views.stream().mapToLong(RespondentView::questions).sum());
        return detail(a, framework, views, progress, campaign.completion(a));
    }

    /** One assessment with its targets; respondents and progress only in the admin's view (else null). */
    private AssessmentDetail detail(
            AssessmentRecord a,
            PublishedFramework framework,
            @Nullable List<RespondentView> views,
            @Nullable Progress progress,
            @Nullable Completion completion) {
        return new AssessmentDetail(
                a.id(),
                a.title(),
                a.status(),
                ref(framework),
                a.createdAt(),
                a.openedAt(),
                a.closedAt(),
                access.effectiveTargets(a, framework),
                views,
                progress,
                a.anonymous(),
                views == null ? null : recurrence(a),
                campaign.schedule(a),
                completion);
    }

    /** The admin's view of the assessment's series: the repeat setting and the cycles before and after it. */
    @Nullable
    private Recurrence recurrence(AssessmentRecord a) {
        return cycles.find(a.tenantId(), a.id())
                .map(c -> new Recurrence(
                        c.repeatMonths(),
                        c.pinVersion(),
                        c.seriesId(),
                        cycleRef(a.tenantId(), c.previousId()),
                        cycleRef(a.tenantId(), c.nextId())))
                .orElse(null);
    }

    @Nullable
    private CycleRef cycleRef(long tenantId, @Nullable Long id) {
        return id == null
                ? null
                : assessments
                        .find(tenantId, id)
                        .map(r -> new CycleRef(r.id(), r.title(), r.status()))
                        .orElse(null);
    }

    static Progress progress(PublishedFramework framework, List<ProgressRow> rows) {
        long expected = 0;
        for (ProgressRow r : rows) {
            expected += r.respondents() * questionCount(framework, r.businessFunction());
        }
        return new Progress(
                (int) rows.stream().mapToLong(ProgressRow::respondents).sum(),
                (int) rows.stream().mapToLong(ProgressRow::submitted).sum(),
                rows.stream().mapToLong(ProgressRow::answers).sum(),
                expected);
    }

    static int questionCount(PublishedFramework framework, String function) {
        var f = AssessmentRules.function(function);
        return (int) framework.definition().questions().filter(q -> q.isFor(f)).count();
    }

    static MailState mailState(@Nullable MailDelivery d) {
        return d == null
                ? null
                : new MailState(d.template(), d.status(), d.attempts(), d.queuedAt(), d.sentAt(), d.lastError());
    }

    static FrameworkRef ref(PublishedFramework f) {
        return new FrameworkRef(f.key(), f.version());
    }
}
