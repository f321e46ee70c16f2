package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.ActionPlan;
import io.socialmaturity.actions.ActionViews.PairProposal;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/** Reading the plan: the tenant's whole plan with filters (admins), the caller's own actions, one action. */
@Singleton
class ActionReads {

    private final ActionRepository actions;
    private final ActionPresenter presenter;
    private final ActionEditing editing;
    private final ActionOwners owners;
    private final TransactionOperations<Connection> transactions;

    ActionReads(
            ActionRepository actions,
            ActionPresenter presenter,
            ActionEditing editing,
            ActionOwners owners,
            TransactionOperations<Connection> transactions) {
        this.actions = actions;
        this.presenter = presenter;
        this.editing = editing;
        this.owners = owners;
        this.transactions = transactions;
    }

    /** The plan's actions matching every given filter, and the progress of the whole plan. */
    ActionPlan plan(
            CurrentUser admin,
            @Nullable String dimension,
            @Nullable String ownerId,
            @Nullable ActionStatus status,
            String language) {
        ActionAuthoring.requireAdmin(admin);
        List<Action> all = transactions.executeRead(
                tx -> presenter.views(admin.tenantId(), actions.ofTenant(admin.tenantId()), language));
        List<Action> items = all.stream()
                .filter(a -> dimension == null
                        || dimension.isBlank()
                        || a.dimension().equals(dimension))
                .filter(a -> status == null || a.status() == status)
                .filter(a -> ownerId == null
                        || ownerId.isBlank()
                        || a.owners().stream().anyMatch(o -> o.userId().equals(ownerId)))
                .toList();
        return new ActionPlan(items, presenter.progress(all, language));
    }

    /** Every action the caller owns, and their progress. */
    ActionPlan mine(CurrentUser user, String language) {
        List<Action> mine = transactions.executeRead(
                tx -> presenter.views(user.tenantId(), actions.ofOwner(user.tenantId(), user.id()), language));
        return new ActionPlan(mine, presenter.progress(mine, language));
    }

    Action get(CurrentUser user, long id, String language) {
        return transactions.executeRead(tx -> presenter.detail(editing.visible(user, id, false), language));
    }

    PairProposal pair(CurrentUser admin) {
        ActionAuthoring.requireAdmin(admin);
        return owners.pair(admin.requireTenant());
    }
}
