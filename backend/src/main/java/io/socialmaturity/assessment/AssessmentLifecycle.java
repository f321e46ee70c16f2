package io.socialmaturity.assessment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.CreateAssessment;
import io.socialmaturity.assessment.AssessmentCommands.SetTargets;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tenant admin's use cases on an assessment's life: create it (pinning a framework version), set its targets,
 * open it, close it (DRAFT → OPEN → CLOSED, never back; see {@link AssessmentRules}). Each answers the admin's view
 * of the assessment.
 */
@Singleton
class AssessmentLifecycle {

    static final String DEFAULT_FRAMEWORK = "socially-enabled";

    private final AssessmentRepository assessments;
    private final RespondentRepository respondents;
    private final TargetRepository targets;
    private final FrameworkCatalog frameworks;
    private final AssessmentAccess access;
    private final AssessmentOverview overview;
    private final AssessmentResults results;
    private final AuditService audit;
    private final InvitationMails mails;
    private final ApplicationEventPublisher<AssessmentClosed> closedEvents;
    private final RecurringCycles cycles;
    private final ApplicationEventPublisher<AssessmentOpened> openedEvents;
    private final AssessmentSchedules schedules;
    private final Clock clock;

    AssessmentLifecycle(
            AssessmentRepository assessments,
            RespondentRepository respondents,
            TargetRepository targets,
            FrameworkCatalog frameworks,
            AssessmentAccess access,
            AssessmentOverview overview,
            AssessmentResults results,
            AuditService audit,
            InvitationMails mails,
            ApplicationEventPublisher<AssessmentClosed> closedEvents,
            RecurringCycles cycles,
            ApplicationEventPublisher<AssessmentOpened> openedEvents,
            AssessmentSchedules schedules,
            Clock clock) {
        this.assessments = assessments;
        this.respondents = respondents;
        this.targets = targets;
        this.frameworks = frameworks;
        this.access = access;
        this.overview = overview;
        this.results = results;
        this.audit = audit;
        this.mails = mails;
        this.closedEvents = closedEvents;
        this.cycles = cycles;
        this.openedEvents = openedEvents;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Transactional
    public AssessmentDetail create(CurrentUser admin, CreateAssessment command) {
        AssessmentRules.requireAdmin(admin);
        long tenantId = admin.tenantId();
        String key = command.frameworkKey() == null || command.frameworkKey().isBlank()
                ? DEFAULT_FRAMEWORK
                : command.frameworkKey();
        PublishedFramework framework = frameworks.require(key, command.frameworkVersion());
        AssessmentRecord saved = assessments.save(new AssessmentRecord(
                null,
                tenantId,
                command.title().strip(),
                framework.id(),
                AssessmentStatus.DRAFT,
                admin.id(),
                Instant.now(clock),
                null,
                null,
                Boolean.TRUE.equals(command.anonymous())));
        cycles.created(saved, command.repeatEveryMonths(), command.pinFrameworkVersion());
        audit.record(
                tenantId,
                admin,
                "assessment.created",
                "assessment",
                String.valueOf(saved.id()),
                Map.of(
                        "title",
                        saved.title(),
                        "framework",
                        framework.key() + "@" + framework.version(),
                        "anonymous",
                        saved.anonymous()));
        if (command.schedule() != null) {
            schedules.setAtCreation(admin, saved, command.schedule());
        }
        return overview.detail(saved);
    }

    @Transactional
    public AssessmentDetail setTargets(CurrentUser admin, long id, SetTargets command) {
        AssessmentRules.requireAdmin(admin);
        Map<String, Integer> levels = command.targets();
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireTargetsChangeable(a.status());
        AssessmentRules.requireValidTargets(access.framework(a).definition(), levels);
        targets.clear(a.tenantId(), a.id());
        levels.forEach((dimension, level) -> targets.insert(a.tenantId(), a.id(), dimension, level));
        audit.record(
                a.tenantId(),
                admin,
                "assessment.targets-set",
                "assessment",
                String.valueOf(a.id()),
                Map.of("targets", new TreeMap<>(levels)));
        return overview.detail(a);
    }

    /** Opens the assessment and queues an invitation email to each respondent, in the same transaction. */
    @Transactional
    public AssessmentDetail open(CurrentUser admin, long id) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireOpenable(a.status(), respondents.count(a.tenantId(), a.id()));
        assessments.markOpen(a.tenantId(), a.id(), AssessmentStatus.OPEN, Instant.now(clock));
        // listeners run now, in this transaction: e.g. the personal links of respondents without an account
        openedEvents.publishEvent(new AssessmentOpened(admin.requireTenant(), a.id(), a.title()));
        audit.record(a.tenantId(), admin, "assessment.opened", "assessment", String.valueOf(a.id()), Map.of());
        mails.queueAll(admin, a, respondents.list(a.tenantId(), a.id())); // committed with the opening
        return overview.detail(access.find(admin, id));
    }

    /**
     * Closes the assessment, stores its result snapshot and publishes {@link AssessmentClosed} in the same
     * transaction (history and benchmarks are maintained from it). The row lock waits for answers being saved
     * (they hold a shared lock), so every acknowledged answer is in the snapshot and none arrives after it. A
     * repeating assessment's next cycle is created as a draft in the same transaction ({@link RecurringCycles}),
     * and the admin is emailed in {@code locale}.
     */
    @Transactional
    public AssessmentDetail close(CurrentUser admin, long id, Locale locale) {
        return close(admin, id, locale, Map.of());
    }

    /**
     * The same close for the due-date job ({@link DueDateJobs}): {@code actor} is the system actor, and the audit
     * row says why ({@code reason: due-date}).
     */
    @Transactional
    AssessmentDetail close(CurrentUser admin, long id, Locale locale, Map<String, Object> why) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireClosable(a.status());
        Instant at = Instant.now(clock);
        Results snapshot = results.snapshot(a, at);
        assessments.markClosed(a.tenantId(), a.id(), AssessmentStatus.CLOSED, at);
        // listeners run now, on this thread and in this transaction: what they derive commits with the snapshot
        closedEvents.publishEvent(new AssessmentClosed(
                admin.requireTenant(), a.id(), a.title(), a.frameworkVersionId(), at, snapshot.result()));
        audit.record(
                a.tenantId(),
                admin,
                "assessment.closed",
                "assessment",
                String.valueOf(a.id()),
                withReason(snapshot.result().respondentCount(), why));
        cycles.startNext(admin, a, at, locale);
        return overview.detail(access.find(admin, id));
    }

    private static Map<String, Object> withReason(int respondents, Map<String, Object> why) {
        Map<String, Object> details = new TreeMap<>(why);
        details.put("respondents", respondents);
        return details;
    }
}
