package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.actions.ActionCommands.CreateAction;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.ActionPlan;
import io.socialmaturity.actions.ActionViews.PlanCounts;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The action plans' public face for other features: reading a company's whole plan (the plan section of the PDF
 * report, a consultant's view of a client's plan) and its counts, for a tenant the caller has already been
 * authorised for; checking what a proposed action targets; and creating an action for a tenant admin (an accepted
 * proposal).
 */
@Singleton
public class ActionPlans {

    private final ActionRepository actions;
    private final ActionPresenter presenter;
    private final ActionTargets targets;
    private final ActionAuthoring authoring;
    private final TransactionOperations<Connection> transactions;

    ActionPlans(
            ActionRepository actions,
            ActionPresenter presenter,
            ActionTargets targets,
            ActionAuthoring authoring,
            TransactionOperations<Connection> transactions) {
        this.actions = actions;
        this.presenter = presenter;
        this.targets = targets;
        this.authoring = authoring;
        this.transactions = transactions;
    }

    /** What an action would target, checked: a framework version, and a dimension and questions known to it. */
    public record Target(String frameworkKey, int frameworkVersion) {}

    /** Done of all, dropped and overdue per tenant (every given tenant is in the answer; zeros without a plan). */
    public Map<Long, PlanCounts> countsOf(Collection<Long> tenantIds) {
        Map<Long, PlanCounts> out = new HashMap<>();
        tenantIds.forEach(t -> out.put(t, PlanCounts.NONE));
        if (!tenantIds.isEmpty()) {
            for (PlanCountRow r : transactions.executeRead(tx -> actions.counts(tenantIds, presenter.today()))) {
                out.put(r.tenantId(), new PlanCounts(r.total(), r.done(), r.dropped(), r.overdue()));
            }
        }
        return out;
    }

    /**
     * Checks a dimension and question keys against a framework version ({@code frameworkKey} null: the latest
     * version of the default framework); 400 naming {@code dimension} or {@code questionKeys[i]}.
     */
    public Target checkTarget(
            @Nullable String frameworkKey, int version, String dimension, @Nullable List<String> questionKeys) {
        FrameworkDefinition f = frameworkKey == null
                ? targets.framework((CurrentUser) null, null)
                : targets.framework(frameworkKey, version)
                        .orElseThrow(() -> NotFoundException.of("problem.not-found.default"));
        ActionTargets.check(f, dimension, questionKeys);
        return new Target(f.key(), f.version());
    }

    /** A dimension's display name in a language (its key when the framework version does not know it). */
    public String dimensionName(String frameworkKey, int version, String dimension, String language) {
        return targets.dimensionName(frameworkKey, version, dimension, language);
    }

    /**
     * A tenant admin's new action, as {@code POST /actions} makes it, in the caller's transaction if there is one;
     * {@code origin} is logged with its creation (e.g. the proposal it was accepted from).
     */
    public Action create(CurrentUser admin, CreateAction command, Map<String, Object> origin, String language) {
        return authoring.create(admin, command, origin, language);
    }

    /** Every action of the tenant with its owners and overdue flag, and the plan's progress. */
    public ActionPlan planOf(long tenantId, String language) {
        var all = transactions.executeRead(tx -> presenter.views(tenantId, actions.ofTenant(tenantId), language));
        return new ActionPlan(all, presenter.progress(all, language));
    }

    /**
     * Every action of the tenant as the single-action API shows it: owners and the whole update log (newest
     * first), e.g. for the tenant's data export. One read per action for its log.
     */
    public List<Action> actionsWithUpdates(long tenantId, String language) {
        return transactions.executeRead(tx -> actions.ofTenant(tenantId).stream()
                .map(r -> presenter.detail(r, language))
                .toList());
    }
}
