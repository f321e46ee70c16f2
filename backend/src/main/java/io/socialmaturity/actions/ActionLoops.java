package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.actions.ActionViews.AssessmentLoop;
import io.socialmaturity.actions.ActionViews.ClosingSuggestion;
import io.socialmaturity.actions.ActionViews.DimensionLoop;
import io.socialmaturity.actions.ActionViews.DoneAction;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.benchmark.BenchmarkService;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionPoint;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.scoring.DimensionResult;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closing the loop: each closed assessment's dimensions next to the actions done since the previous closed assessment
 * of the same framework ("3 actions done, +12 points"), and the open actions of dimensions that met their target,
 * suggested for closing. Scores and changes are the history's ({@link BenchmarkService#history}), targets the closed
 * result's; an action counts for its framework and dimension, in the period (previous close, this close].
 */
@Singleton
public class ActionLoops {

    private final BenchmarkService benchmarks;
    private final AssessmentQueries assessments;
    private final ActionRepository actions;
    private final ActionTargets targets;
    private final TransactionOperations<Connection> transactions;

    ActionLoops(
            BenchmarkService benchmarks,
            AssessmentQueries assessments,
            ActionRepository actions,
            ActionTargets targets,
            TransactionOperations<Connection> transactions) {
        this.benchmarks = benchmarks;
        this.assessments = assessments;
        this.actions = actions;
        this.targets = targets;
        this.transactions = transactions;
    }

    /** Every closed assessment of the admin's company with its loop, oldest first. */
    List<AssessmentLoop> all(CurrentUser admin, String language) {
        ActionAuthoring.requireAdmin(admin);
        return loops(admin.tenantId(), null, language);
    }

    /** Every closed assessment of a tenant with its loop, oldest first (a consultant's trend of a client). */
    public List<AssessmentLoop> allOf(long tenantId, String language) {
        return loops(tenantId, null, language);
    }

    /**
     * The loop of one closed assessment of this tenant (for the PDF report); empty when it is not a closed assessment
     * in the tenant's history.
     */
    public Optional<AssessmentLoop> find(long tenantId, long assessmentId, String language) {
        return loops(tenantId, assessmentId, language).stream().findFirst();
    }

    /** The loop of one closed assessment, for a tenant admin. */
    AssessmentLoop one(CurrentUser admin, long assessmentId, String language) {
        ActionAuthoring.requireAdmin(admin);
        return find(admin.tenantId(), assessmentId, language)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.closed-assessment", assessmentId));
    }

    private List<AssessmentLoop> loops(long tenantId, @Nullable Long only, String language) {
        List<ClosedResult> history = benchmarks.history(tenantId, null).results();
        List<ActionRecord> plan = transactions.executeRead(tx -> actions.ofTenant(tenantId));
        Map<String, ClosedResult> previousOfFramework = new HashMap<>();
        List<AssessmentLoop> out = new ArrayList<>();
        for (ClosedResult r : history) {
            ClosedResult previous = previousOfFramework.put(r.frameworkKey(), r);
            if (only == null || only == r.assessmentId()) {
                out.add(loop(tenantId, r, previous, plan, language));
            }
        }
        return out;
    }

    private AssessmentLoop loop(
            long tenantId, ClosedResult r, @Nullable ClosedResult previous, List<ActionRecord> plan, String language) {
        Instant from = previous == null ? null : previous.closedAt();
        Set<String> met = assessments
                .closedResults(tenantId, r.assessmentId())
                .map(res -> res.result().dimensions().stream()
                        .filter(d -> d.target() != null && d.target().met())
                        .map(DimensionResult::key)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        List<ActionRecord> ofFramework = plan.stream()
                .filter(a -> a.frameworkKey().equals(r.frameworkKey()))
                .toList();
        List<DimensionLoop> dimensions = new ArrayList<>();
        int total = 0;
        for (DimensionPoint d : r.dimensions()) {
            List<DoneAction> done = ofFramework.stream()
                    .filter(a -> a.dimensionKey().equals(d.key()))
                    .filter(a -> a.status() == ActionStatus.DONE && a.doneAt() != null)
                    .filter(a -> (from == null || a.doneAt().isAfter(from))
                            && !a.doneAt().isAfter(r.closedAt()))
                    .sorted(Comparator.comparing(ActionRecord::doneAt))
                    .map(a -> new DoneAction(a.id(), a.title(), a.doneAt()))
                    .toList();
            boolean targetMet = met.contains(d.key());
            List<ClosingSuggestion> suggestions = targetMet
                    ? ofFramework.stream()
                            .filter(a -> a.dimensionKey().equals(d.key())
                                    && !a.status().closed())
                            .map(a -> new ClosingSuggestion(a.id(), a.title(), a.status()))
                            .toList()
                    : List.of();
            total += done.size();
            dimensions.add(new DimensionLoop(
                    d.key(),
                    targets.dimensionName(r.frameworkKey(), r.frameworkVersion(), d.key(), language),
                    d.score(),
                    d.change(),
                    targetMet,
                    done.size(),
                    done,
                    suggestions));
        }
        return new AssessmentLoop(
                r.assessmentId(),
                r.title(),
                r.frameworkKey(),
                r.closedAt(),
                previous == null ? null : previous.assessmentId(),
                from,
                r.overallScore(),
                r.overallChange(),
                total,
                dimensions);
    }
}
