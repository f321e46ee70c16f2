package io.socialmaturity.assessment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.AddRespondent;
import io.socialmaturity.assessment.AssessmentCommands.CreateAssessment;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.assessment.AssessmentViews.AnswerView;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.AssessmentSummary;
import io.socialmaturity.assessment.AssessmentViews.DimensionView;
import io.socialmaturity.assessment.AssessmentViews.FrameworkRef;
import io.socialmaturity.assessment.AssessmentViews.OptionView;
import io.socialmaturity.assessment.AssessmentViews.Progress;
import io.socialmaturity.assessment.AssessmentViews.QuestionView;
import io.socialmaturity.assessment.AssessmentViews.Questionnaire;
import io.socialmaturity.assessment.AssessmentViews.QuestionnaireProgress;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.assessment.AssessmentViews.RespondentView;
import io.socialmaturity.assessment.AssessmentViews.Submission;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.platform.web.Problem;
import io.socialmaturity.platform.web.ProblemException;
import io.socialmaturity.scoring.Answer;
import io.socialmaturity.scoring.AssessmentInput;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.Respondent;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assessments feature's public face: lifecycle (DRAFT → OPEN → CLOSED, never back), respondents,
 * autosaved answers with stale-write protection, and results (live while open, an immutable snapshot
 * once closed). Every read and write is scoped by the caller's tenant, which comes only from the token;
 * an assessment of another tenant is simply not found.
 */
@Singleton
public class AssessmentService {

    static final String DEFAULT_FRAMEWORK = "socially-enabled";

    private final AssessmentRepository assessments;
    private final RespondentRepository respondents;
    private final AnswerRepository answers;
    private final TargetRepository targets;
    private final SnapshotRepository snapshots;
    private final FrameworkCatalog frameworks;
    private final UserDirectory directory;
    private final AuditService audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher<AssessmentClosed> closedEvents;

    AssessmentService(AssessmentRepository assessments, RespondentRepository respondents, AnswerRepository answers,
                      TargetRepository targets, SnapshotRepository snapshots, FrameworkCatalog frameworks,
                      UserDirectory directory, AuditService audit, JsonMapper json,
                      ApplicationEventPublisher<AssessmentClosed> closedEvents) {
        this.assessments = assessments;
        this.respondents = respondents;
        this.answers = answers;
        this.targets = targets;
        this.snapshots = snapshots;
        this.frameworks = frameworks;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.closedEvents = closedEvents;
    }

    // ---------------------------------------------------------------- management (tenant admins)

    @Transactional
    public AssessmentDetail create(CurrentUser admin, CreateAssessment command) {
        requireAdmin(admin);
        long tenantId = admin.tenantId();
        String key = command.frameworkKey() == null || command.frameworkKey().isBlank()
                ? DEFAULT_FRAMEWORK : command.frameworkKey();
        PublishedFramework framework = frameworks.require(key, command.frameworkVersion());
        AssessmentRecord saved = assessments.save(new AssessmentRecord(null, tenantId, command.title().strip(),
                framework.id(), AssessmentStatus.DRAFT, admin.id(), now(), null, null));
        audit.record(tenantId, admin, "assessment.created", "assessment", String.valueOf(saved.id()),
                Map.of("title", saved.title(), "framework", framework.key() + "@" + framework.version()));
        return detail(admin, saved);
    }

    @Transactional
    public PageResponse<AssessmentSummary> list(CurrentUser user, Paging paging) {
        long tenantId = user.tenantId();
        List<AssessmentRecord> page;
        long total;
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            page = assessments.page(tenantId, paging.size(), paging.offset());
            total = assessments.countByTenant(tenantId);
        } else {
            page = assessments.pageForRespondent(tenantId, user.id(), paging.size(), paging.offset());
            total = assessments.countForRespondent(tenantId, user.id());
        }
        // the caller's own progress where they answer, for the whole page in one query
        Map<Long, MyProgressRow> mine = page.isEmpty() ? Map.of()
                : respondents.progressOf(tenantId, user.id(), page.stream().map(AssessmentRecord::id).toList())
                        .stream().collect(Collectors.toMap(MyProgressRow::assessmentId, Function.identity()));
        List<AssessmentSummary> items = page.stream().map(a -> summary(user, a, mine.get(a.id()))).toList();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    @Transactional
    public AssessmentDetail get(CurrentUser user, long id) {
        AssessmentRecord a = find(user, id);
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            return detail(user, a);
        }
        invited(user, a);
        PublishedFramework framework = frameworks.byId(a.frameworkVersionId());
        return new AssessmentDetail(a.id(), a.title(), a.status(), ref(framework), a.createdAt(), a.openedAt(),
                a.closedAt(), effectiveTargets(a, framework), null, null);
    }

    @Transactional
    public AssessmentDetail setTargets(CurrentUser admin, long id, Map<String, Integer> levels) {
        requireAdmin(admin);
        AssessmentRecord a = lockForChange(admin, id);
        requireStatus(a, "targets can be changed only before the assessment closes",
                AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
        FrameworkDefinition definition = frameworks.byId(a.frameworkVersionId()).definition();
        List<Problem.Violation> violations = new ArrayList<>();
        levels.forEach((dimension, level) -> {
            if (definition.dimension(dimension).isEmpty()) {
                violations.add(new Problem.Violation("targets." + dimension, "no such dimension in the framework"));
            } else if (level == null || level < 1 || level > definition.maxLevel()) {
                violations.add(new Problem.Violation("targets." + dimension, "must be between 1 and " + definition.maxLevel()));
            }
        });
        if (!violations.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "Some targets are invalid.", violations, Map.of());
        }
        targets.clear(a.tenantId(), a.id());
        levels.forEach((dimension, level) -> targets.insert(a.tenantId(), a.id(), dimension, level));
        audit.record(a.tenantId(), admin, "assessment.targets-set", "assessment", String.valueOf(a.id()),
                Map.of("targets", new java.util.TreeMap<>(levels)));
        return detail(admin, a);
    }

    @Transactional
    public AssessmentDetail addRespondent(CurrentUser admin, long id, AddRespondent command) {
        requireAdmin(admin);
        AssessmentRecord a = lockForChange(admin, id);
        requireStatus(a, "respondents can be invited only before the assessment closes",
                AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
        DirectoryUser user = directory.memberOf(admin.requireTenant(), command.userId())
                .orElseThrow(() -> ProblemException.badRequest("userId", "no user with this id in your organization"));
        if (!user.enabled()) {
            throw ProblemException.badRequest("userId", "this user is disabled");
        }
        String function = command.businessFunction() != null ? command.businessFunction()
                : user.businessFunction() != null ? user.businessFunction() : BusinessFunction.OTHER.key();
        if (BusinessFunction.fromKey(function).isEmpty()) {
            function = BusinessFunction.OTHER.key();
        }
        Optional<RespondentRecord> existing = respondents.find(a.tenantId(), a.id(), user.id());
        if (existing.isPresent()) {
            respondents.update(a.tenantId(), a.id(), user.id(), function, user.displayName(), user.email());
        } else {
            respondents.save(new RespondentRecord(new RespondentRecord.Key(a.tenantId(), a.id(), user.id()),
                    user.displayName(), user.email(), function, now(), null));
        }
        audit.record(a.tenantId(), admin, existing.isPresent() ? "respondent.updated" : "respondent.invited",
                "assessment", String.valueOf(a.id()), Map.of("userId", user.id(), "businessFunction", function));
        return detail(admin, a);
    }

    @Transactional
    public AssessmentDetail removeRespondent(CurrentUser admin, long id, String userId) {
        requireAdmin(admin);
        AssessmentRecord a = lockForChange(admin, id);
        requireStatus(a, "respondents of a closed assessment stay part of its result",
                AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
        respondents.find(a.tenantId(), a.id(), userId)
                .orElseThrow(() -> ProblemException.notFound("Respondent " + userId));
        long saved = answers.countForRespondent(a.tenantId(), a.id(), userId);
        if (saved > 0) {
            throw ProblemException.conflict("respondent-has-answers", "This respondent has already saved " + saved
                    + " answers; they are kept, so the respondent cannot be removed.", Map.of("answers", saved));
        }
        respondents.delete(a.tenantId(), a.id(), userId);
        audit.record(a.tenantId(), admin, "respondent.removed", "assessment", String.valueOf(a.id()),
                Map.of("userId", userId));
        return detail(admin, a);
    }

    @Transactional
    public AssessmentDetail open(CurrentUser admin, long id) {
        requireAdmin(admin);
        AssessmentRecord a = lockForChange(admin, id);
        requireStatus(a, "only a draft can be opened", AssessmentStatus.DRAFT);
        if (respondents.list(a.tenantId(), a.id()).isEmpty()) {
            throw ProblemException.conflict("no-respondents", "Invite at least one respondent before opening.", Map.of());
        }
        Instant at = now();
        assessments.markOpen(a.tenantId(), a.id(), AssessmentStatus.OPEN, at);
        audit.record(a.tenantId(), admin, "assessment.opened", "assessment", String.valueOf(a.id()), Map.of());
        return detail(admin, find(admin, id));
    }

    /**
     * Closes the assessment, stores its result snapshot and publishes {@link AssessmentClosed} in the same
     * transaction (history and benchmarks are maintained from it). The row lock waits for answers being saved
     * (they hold a shared lock), so every acknowledged answer is in the snapshot and none arrives after it.
     */
    @Transactional
    public AssessmentDetail close(CurrentUser admin, long id) {
        requireAdmin(admin);
        AssessmentRecord a = lockForChange(admin, id);
        requireStatus(a, "only an open assessment can be closed", AssessmentStatus.OPEN);
        Instant at = now();
        Results results = new Results(a.id(), AssessmentStatus.CLOSED, false, at, compute(a));
        snapshots.insert(a.tenantId(), a.id(), write(results), at);
        assessments.markClosed(a.tenantId(), a.id(), AssessmentStatus.CLOSED, at);
        // listeners run now, on this thread and in this transaction: what they derive commits with the snapshot
        closedEvents.publishEvent(new AssessmentClosed(admin.requireTenant(), a.id(), a.title(), a.frameworkVersionId(),
                at, results.result()));
        audit.record(a.tenantId(), admin, "assessment.closed", "assessment", String.valueOf(a.id()),
                Map.of("respondents", results.result().respondentCount()));
        return detail(admin, find(admin, id));
    }

    // ---------------------------------------------------------------- respondents

    @Transactional
    public Questionnaire questionnaire(CurrentUser user, long id, String language) {
        AssessmentRecord a = find(user, id);
        RespondentRecord me = invited(user, a);
        if (a.status() == AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("assessment-not-open", "This assessment is not open yet.", Map.of());
        }
        PublishedFramework framework = frameworks.byId(a.frameworkVersionId());
        FrameworkDefinition definition = framework.definition();
        BusinessFunction function = BusinessFunction.fromKey(me.businessFunction()).orElse(BusinessFunction.OTHER);
        Map<String, AnswerRecord> saved = answers.forRespondent(a.tenantId(), a.id(), user.id()).stream()
                .collect(Collectors.toMap(r -> r.key().questionKey(), Function.identity()));
        int total = 0;
        int answered = 0;
        List<DimensionView> dimensions = new ArrayList<>();
        for (Dimension d : definition.dimensions()) {
            List<QuestionView> questions = new ArrayList<>();
            for (Question q : d.questions()) {
                if (!q.isFor(function)) {
                    continue;
                }
                total++;
                AnswerRecord r = saved.get(q.key());
                if (r != null) {
                    answered++;
                }
                questions.add(new QuestionView(q.key(), q.title().get(language, "en"), q.text().get(language, "en"),
                        q.help().get(language, "en"),
                        q.options().stream().map(o -> new OptionView(o.key(), o.label().get(language, "en"))).toList(),
                        r == null ? null : view(r)));
            }
            if (!questions.isEmpty()) {
                dimensions.add(new DimensionView(d.key(), d.name().get(language, "en"),
                        d.description().get(language, "en"), d.businessArea(), questions));
            }
        }
        return new Questionnaire(a.id(), a.title(), a.status(), language, function.key(),
                definition.notApplicableLabel().get(language, "en"), me.submittedAt(),
                new QuestionnaireProgress(answered, total), dimensions);
    }

    /**
     * Saves one answer (autosave). Idempotent: the same content again returns the stored answer unchanged.
     * A write based on an older revision than the stored one is refused with 409 and the current answer.
     */
    @Transactional
    public AnswerView saveAnswer(CurrentUser user, long id, String questionKey, SaveAnswer command) {
        long tenantId = user.tenantId();
        AnswerContext context = assessments.answerContext(tenantId, id, user.id())
                .filter(c -> !AssessmentStatus.DRAFT.name().equals(c.status()))
                .orElseThrow(() -> ProblemException.notFound("Assessment " + id));
        AssessmentStatus status = AssessmentStatus.valueOf(context.status());
        if (status != AssessmentStatus.OPEN) {
            throw ProblemException.conflict("assessment-not-open",
                    "This assessment is closed; answers can no longer change.", Map.of("status", status));
        }
        FrameworkDefinition definition = frameworks.byId(context.frameworkVersionId()).definition();
        Question question = definition.question(questionKey)
                .orElseThrow(() -> ProblemException.notFound("Question '" + questionKey + "'"));
        BusinessFunction function = BusinessFunction.fromKey(context.businessFunction()).orElse(BusinessFunction.OTHER);
        if (!question.isFor(function)) {
            throw ProblemException.badRequest("questionKey", "this question is not asked to your business function");
        }
        boolean na = Boolean.TRUE.equals(command.notApplicable());
        String option = blankToNull(command.optionKey());
        if (na == (option != null)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "Give either an option or notApplicable: true.",
                    List.of(new Problem.Violation(na ? "notApplicable" : "optionKey",
                            na ? "cannot be combined with an option" : "choose an option or mark the question not applicable")),
                    Map.of());
        }
        if (option != null && question.options().stream().noneMatch(o -> o.key().equals(option))) {
            throw ProblemException.badRequest("optionKey", "'" + option + "' is not an option of " + questionKey);
        }
        String comment = blankToNull(command.comment());
        String evidence = blankToNull(command.evidenceUrl());
        Instant at = now();
        int base = command.baseRevision();
        Optional<AnswerRecord> current = answers.lock(tenantId, id, user.id(), questionKey);
        if (current.isPresent()) {
            AnswerRecord c = current.get();
            if (c.sameContent(option, na, comment, evidence)) {
                return view(c); // a retried save: nothing changes
            }
            if (base != c.revision()) {
                throw stale(c);
            }
            answers.update(tenantId, id, user.id(), questionKey, option, na, comment, evidence, at, base);
        } else {
            if (base != 0) {
                throw ProblemException.conflict("stale-answer", "This answer was removed or never saved; reload it.",
                        Map.of("current", Map.of()));
            }
            try {
                answers.insert(tenantId, id, user.id(), questionKey, option, na, comment, evidence, at);
            } catch (DataAccessException e) {
                // the same respondent saved the same question concurrently: the other write won
                AnswerRecord winner = answers.lock(tenantId, id, user.id(), questionKey).orElseThrow(() -> e);
                if (winner.sameContent(option, na, comment, evidence)) {
                    return view(winner);
                }
                throw stale(winner);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("question", questionKey);
        details.put("answer", na ? "not-applicable" : option);
        details.put("revision", base + 1);
        audit.record(tenantId, user, "answer.saved", "assessment", String.valueOf(id), details);
        return new AnswerView(questionKey, option, na, comment, evidence, base + 1, at);
    }

    @Transactional
    public Submission submit(CurrentUser user, long id) {
        AssessmentRecord a = find(user, id);
        invited(user, a);
        if (a.status() != AssessmentStatus.OPEN) {
            throw ProblemException.conflict("assessment-not-open", "Only an open assessment can be submitted.",
                    Map.of("status", a.status()));
        }
        Questionnaire q = questionnaire(user, id, "en");
        List<String> unanswered = q.dimensions().stream().flatMap(d -> d.questions().stream())
                .filter(x -> x.answer() == null).map(QuestionView::key).toList();
        Instant at = now();
        respondents.markSubmitted(a.tenantId(), a.id(), user.id(), at);
        audit.record(a.tenantId(), user, "respondent.submitted", "assessment", String.valueOf(a.id()),
                Map.of("answered", q.progress().answered(), "total", q.progress().total()));
        return new Submission(at, q.progress().answered(), q.progress().total(), unanswered);
    }

    // ---------------------------------------------------------------- results

    /**
     * Tenant admins read the live result while the assessment is open and the snapshot once it is closed;
     * respondents read only the closed snapshot.
     */
    @Transactional
    public Results results(CurrentUser user, long id) {
        AssessmentRecord a = find(user, id);
        boolean admin = user.hasRole(Roles.TENANT_ADMIN);
        if (!admin) {
            invited(user, a);
        }
        if (a.status() == AssessmentStatus.CLOSED) {
            String snapshot = snapshots.find(a.tenantId(), a.id())
                    .orElseThrow(() -> new IllegalStateException("closed assessment " + a.id() + " has no snapshot"));
            return read(snapshot);
        }
        if (!admin) {
            throw ProblemException.forbidden("Results are shown to respondents once the assessment is closed.");
        }
        return new Results(a.id(), a.status(), true, now(), compute(a));
    }

    /** The result of a closed assessment of the caller's tenant, from its snapshot (for reports and exports). */
    @Transactional
    public Optional<Results> closedResults(long tenantId, long id) {
        return snapshots.find(tenantId, id).map(this::read);
    }

    /** The title of an assessment of this tenant (for lists of other features that name assessments). */
    @Transactional
    public Optional<String> title(long tenantId, long id) {
        return assessments.find(tenantId, id).map(AssessmentRecord::title);
    }

    // ---------------------------------------------------------------- reports and exports

    /**
     * An assessment and its results for a report or an export, under the rules of {@link #results}: tenant
     * admins (live while open), respondents once closed; another tenant gets 404.
     */
    @Transactional
    public ReportSources.AssessmentReportSource reportSource(CurrentUser user, long id) {
        Results results = results(user, id);
        AssessmentRecord a = find(user, id);
        return new ReportSources.AssessmentReportSource(a.id(), a.title(), a.status(), a.closedAt(),
                frameworks.byId(a.frameworkVersionId()), results);
    }

    /**
     * Every respondent with every question meant for them and their answer (tenant admins only: these are
     * per-person rows). Respondents come in invitation order, questions in questionnaire order.
     */
    @Transactional
    public ReportSources.AnswerExport answerRows(CurrentUser admin, long id) {
        AssessmentRecord a = find(admin, id); // another tenant: 404 before anything else
        if (!admin.hasRole(Roles.TENANT_ADMIN)) {
            throw ProblemException.forbidden("Only tenant admins export individual answers.");
        }
        PublishedFramework framework = frameworks.byId(a.frameworkVersionId());
        FrameworkDefinition definition = framework.definition();
        Map<String, Map<String, AnswerRecord>> byUser = new HashMap<>();
        for (AnswerRecord r : answers.forAssessment(a.tenantId(), a.id())) {
            byUser.computeIfAbsent(r.key().userId(), k -> new HashMap<>()).put(r.key().questionKey(), r);
        }
        List<RespondentRecord> invited = respondents.list(a.tenantId(), a.id());
        int width = Math.max(2, String.valueOf(invited.size()).length());
        List<ReportSources.RespondentAnswers> rows = new ArrayList<>();
        for (int i = 0; i < invited.size(); i++) {
            RespondentRecord r = invited.get(i);
            BusinessFunction function = BusinessFunction.fromKey(r.businessFunction()).orElse(BusinessFunction.OTHER);
            Map<String, AnswerRecord> given = byUser.getOrDefault(r.userId(), Map.of());
            List<ReportSources.QuestionAnswer> qa = definition.questions().filter(q -> q.isFor(function)).map(q -> {
                AnswerRecord ans = given.get(q.key());
                return ans == null
                        ? new ReportSources.QuestionAnswer(q.key(), false, null, false, null, null, null)
                        : new ReportSources.QuestionAnswer(q.key(), true, ans.optionKey(), ans.notApplicable(),
                                ans.comment(), ans.evidenceUrl(), ans.updatedAt());
            }).toList();
            rows.add(new ReportSources.RespondentAnswers(String.format("R%0" + width + "d", i + 1), r.userId(),
                    r.displayName(), r.email(), function.key(), qa));
        }
        return new ReportSources.AnswerExport(framework, rows);
    }

    private AssessmentResult compute(AssessmentRecord a) {
        PublishedFramework framework = frameworks.byId(a.frameworkVersionId());
        Map<String, List<Answer>> byUser = new HashMap<>();
        for (AnswerRecord r : answers.forAssessment(a.tenantId(), a.id())) {
            byUser.computeIfAbsent(r.key().userId(), k -> new ArrayList<>()).add(r.notApplicable()
                    ? Answer.notApplicable(r.key().questionKey()) : Answer.choice(r.key().questionKey(), r.optionKey()));
        }
        List<Respondent> input = respondents.list(a.tenantId(), a.id()).stream()
                .map(r -> new Respondent(r.userId(),
                        BusinessFunction.fromKey(r.businessFunction()).orElse(BusinessFunction.OTHER),
                        byUser.getOrDefault(r.userId(), List.of())))
                .toList();
        return framework.engine().score(new AssessmentInput(input, effectiveTargets(a, framework)));
    }

    // ---------------------------------------------------------------- helpers

    private AssessmentRecord find(CurrentUser user, long id) {
        return assessments.find(user.tenantId(), id).orElseThrow(() -> ProblemException.notFound("Assessment " + id));
    }

    private AssessmentRecord lockForChange(CurrentUser user, long id) {
        return assessments.lock(user.tenantId(), id).orElseThrow(() -> ProblemException.notFound("Assessment " + id));
    }

    /** The caller's respondent row; someone of the tenant who was not invited gets 404 as if it did not exist. */
    private RespondentRecord invited(CurrentUser user, AssessmentRecord a) {
        return respondents.find(a.tenantId(), a.id(), user.id())
                .filter(r -> a.status() != AssessmentStatus.DRAFT || user.hasRole(Roles.TENANT_ADMIN))
                .orElseThrow(() -> ProblemException.notFound("Assessment " + a.id()));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.TENANT_ADMIN)) {
            throw ProblemException.forbidden("Only tenant admins manage assessments.");
        }
    }

    private static void requireStatus(AssessmentRecord a, String why, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (a.status() == s) {
                return;
            }
        }
        throw ProblemException.conflict("wrong-status", "The assessment is " + a.status() + ": " + why + ".",
                Map.of("status", a.status()));
    }

    private static ProblemException stale(AnswerRecord current) {
        return ProblemException.conflict("stale-answer",
                "This answer was changed elsewhere (revision " + current.revision()
                        + "); the current value is included. Apply your change to it and save again.",
                Map.of("current", view(current)));
    }

    private Map<String, Integer> effectiveTargets(AssessmentRecord a, PublishedFramework framework) {
        Map<String, Integer> result = new LinkedHashMap<>();
        framework.definition().dimensions().forEach(d -> result.put(d.key(), framework.definition().defaultTargetLevel()));
        targets.list(a.tenantId(), a.id()).forEach(t -> result.put(t.key().dimensionKey(), t.targetLevel()));
        return result;
    }

    private AssessmentDetail detail(CurrentUser admin, AssessmentRecord a) {
        PublishedFramework framework = frameworks.byId(a.frameworkVersionId());
        List<RespondentRecord> rs = respondents.list(a.tenantId(), a.id());
        Map<String, Long> answered = answers.forAssessment(a.tenantId(), a.id()).stream()
                .collect(Collectors.groupingBy(r -> r.key().userId(), Collectors.counting()));
        List<RespondentView> views = rs.stream().map(r -> new RespondentView(r.userId(), r.displayName(), r.email(),
                r.businessFunction(), r.invitedAt(), r.submittedAt(), answered.getOrDefault(r.userId(), 0L),
                questionCount(framework, r.businessFunction()))).toList();
        return new AssessmentDetail(a.id(), a.title(), a.status(), ref(framework), a.createdAt(), a.openedAt(),
                a.closedAt(), effectiveTargets(a, framework), views, progress(views));
    }

    private AssessmentSummary summary(CurrentUser user, AssessmentRecord a, @Nullable MyProgressRow mine) {
        PublishedFramework framework = frameworks.byId(a.frameworkVersionId());
        boolean isRespondent = mine != null;
        Progress progress = null;
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            progress = detail(user, a).progress();
        }
        return new AssessmentSummary(a.id(), a.title(), a.status(), ref(framework), a.createdAt(), a.openedAt(),
                a.closedAt(), progress, isRespondent, mine == null ? null
                        : new AssessmentViews.MyProgress(mine.answered(), questionCount(framework, mine.businessFunction()),
                                mine.submittedAt()));
    }

    private static Progress progress(List<RespondentView> views) {
        return new Progress(views.size(), (int) views.stream().filter(v -> v.submittedAt() != null).count(),
                views.stream().mapToLong(RespondentView::answered).sum(),
                views.stream().mapToLong(RespondentView::questions).sum());
    }

    private static int questionCount(PublishedFramework framework, String function) {
        BusinessFunction f = BusinessFunction.fromKey(function).orElse(BusinessFunction.OTHER);
        return (int) framework.definition().questions().filter(q -> q.isFor(f)).count();
    }

    private static FrameworkRef ref(PublishedFramework f) {
        return new FrameworkRef(f.key(), f.version());
    }

    private static AnswerView view(AnswerRecord r) {
        return new AnswerView(r.key().questionKey(), r.optionKey(), r.notApplicable(), r.comment(), r.evidenceUrl(),
                r.revision(), r.updatedAt());
    }

    private String write(Results results) {
        try {
            return json.writeValueAsString(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Results read(String snapshot) {
        try {
            return json.readValue(snapshot, Results.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Millisecond precision, as stored (TIMESTAMP(3)), so what we answer equals what we read back later. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
