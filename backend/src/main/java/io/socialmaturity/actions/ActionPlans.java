package io.socialmaturity.actions;

import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.ActionPlan;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/**
 * The action plans' public face for reading a company's whole plan (e.g. the plan section of the PDF report): the
 * plan API's actions and progress, for a tenant the caller has already been authorised for.
 */
@Singleton
public class ActionPlans {

    private final ActionRepository actions;
    private final ActionPresenter presenter;
    private final TransactionOperations<Connection> transactions;

    ActionPlans(ActionRepository actions, ActionPresenter presenter, TransactionOperations<Connection> transactions) {
        this.actions = actions;
        this.presenter = presenter;
        this.transactions = transactions;
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
