package io.socialmaturity.assessment;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.scoring.Answer;
import io.socialmaturity.scoring.AssessmentInput;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.Respondent;
import io.socialmaturity.scoring.ScoringEngine;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results of an assessment: computed by the scoring engine while it is open (tenant admins only), the
 * immutable snapshot stored when it closed (tenant admins and its respondents).
 */
@Singleton
class AssessmentResults {

    private final AnswerRepository answers;
    private final RespondentRepository respondents;
    private final SnapshotRepository snapshots;
    private final AssessmentAccess access;
    private final JsonMapper json;
    private final Clock clock;
    /** One engine per framework version: building one validates and compiles the definition. */
    private final Map<Long, ScoringEngine> engines = new ConcurrentHashMap<>();

    AssessmentResults(
            AnswerRepository answers,
            RespondentRepository respondents,
            SnapshotRepository snapshots,
            AssessmentAccess access,
            JsonMapper json,
            Clock clock) {
        this.answers = answers;
        this.respondents = respondents;
        this.snapshots = snapshots;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Tenant admins read the live result while the assessment is open and the snapshot once it is closed;
     * respondents read only the closed snapshot.
     */
    @Transactional
    public Results results(CurrentUser user, long id) {
        return results(user, access.find(user, id));
    }

    Results results(CurrentUser user, AssessmentRecord a) {
        boolean admin = user.hasRole(Roles.TENANT_ADMIN);
        if (!admin) {
            access.invited(user, a);
        }
        if (a.status() == AssessmentStatus.CLOSED) {
            String snapshot = snapshots
                    .find(a.tenantId(), a.id())
                    .orElseThrow(() -> new IllegalStateException("closed assessment " + a.id() + " has no snapshot"));
            return read(snapshot).withAnonymous(a.anonymous());
        }
        if (!admin) {
            throw ForbiddenException.of("problem.forbidden.results-before-close");
        }
        return new Results(a.id(), a.status(), true, Instant.now(clock), compute(a), a.anonymous());
    }

    /** The result of a closed assessment of this tenant, from its snapshot. */
    @Transactional
    public Optional<Results> closedResults(long tenantId, long id) {
        return snapshots.find(tenantId, id).map(this::read);
    }

    /** Computes the result as of now and stores it as the assessment's snapshot (when it closes). */
    Results snapshot(AssessmentRecord a, Instant at) {
        Results results = new Results(a.id(), AssessmentStatus.CLOSED, false, at, compute(a), a.anonymous());
        snapshots.insert(a.tenantId(), a.id(), write(results), at);
        return results;
    }

    private AssessmentResult compute(AssessmentRecord a) {
        PublishedFramework framework = access.framework(a);
        Map<String, List<Answer>> byUser = new HashMap<>();
        for (AnswerRecord r : answers.forAssessment(a.tenantId(), a.id())) {
            byUser.computeIfAbsent(r.key().userId(), k -> new ArrayList<>())
                    .add(
                            r.notApplicable()
                                    ? Answer.notApplicable(r.key().questionKey())
                                    : Answer.choice(r.key().questionKey(), r.optionKey()));
        }
        List<Respondent> input = respondents.list(a.tenantId(), a.id()).stream()
                .map(r -> new Respondent(
                        r.userId(),
                        AssessmentRules.function(r.businessFunction()),
                        byUser.getOrDefault(r.userId(), List.of())))
                .toList();
        ScoringEngine engine = engines.computeIfAbsent(framework.id(), k -> new ScoringEngine(framework.definition()));
        return engine.score(new AssessmentInput(input, access.effectiveTargets(a, framework)));
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
}
