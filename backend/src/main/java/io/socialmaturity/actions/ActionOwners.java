package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.actions.ActionViews.Owner;
import io.socialmaturity.actions.ActionViews.PairProposal;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may own actions: enabled users of the caller's tenant (checked in the directory, 400 naming
 * {@code ownerIds[i]} otherwise), and the pair proposed for the IT–marketing alignment dimension.
 */
@Singleton
class ActionOwners {

    private static final int PAGE = 100;
    private static final int MAX_PAGES = 20;

    private final UserDirectory directory;
    private final ActionRepository actions;

    ActionOwners(UserDirectory directory, ActionRepository actions) {
        this.directory = directory;
        this.actions = actions;
    }

    /** The directory entries of these user ids, in order and without repeats; 400 when one is not a user here. */
    List<DirectoryUser> resolve(Tenant tenant, @Nullable List<String> ownerIds, String field) {
        if (ownerIds == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        List<DirectoryUser> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ownerIds.size(); i++) {
            String id = ownerIds.get(i);
            if (id == null || !seen.add(id)) {
                continue;
            }
            var user = directory.memberOf(tenant, id).filter(DirectoryUser::enabled);
            if (user.isEmpty()) {
                errors.add(FieldError.of(field + "[" + i + "]", "violation.not-a-member"));
            } else {
                found.add(user.get());
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
        return found;
    }

    /** One enabled marketing user and one enabled IT user, each the one with the fewest open actions, then by name. */
    PairProposal pair(Tenant tenant) {
        Map<String, Integer> open = openActionsByOwner(tenant.id());
        List<DirectoryUser> marketing = new ArrayList<>();
        List<DirectoryUser> it = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PageResponse<DirectoryUser> users = directory.list(tenant, null, new Paging(page, PAGE));
            for (DirectoryUser u : users.items()) {
                if (!u.enabled()) {
                    continue;
                }
                if ("marketing".equals(u.businessFunction())) {
                    marketing.add(u);
                } else if ("it".equals(u.businessFunction())) {
                    it.add(u);
                }
            }
            if ((long) (page + 1) * PAGE >= users.total() || users.items().isEmpty()) {
                break;
            }
        }
        Comparator<DirectoryUser> leastBusy = Comparator.<DirectoryUser>comparingInt(u -> open.getOrDefault(u.id(), 0))
                .thenComparing(DirectoryUser::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(DirectoryUser::id);
        return new PairProposal(
                ActionTargets.ALIGNMENT,
                marketing.stream().min(leastBusy).map(ActionOwners::owner).orElse(null),
                it.stream().min(leastBusy).map(ActionOwners::owner).orElse(null));
    }

    private Map<String, Integer> openActionsByOwner(long tenantId) {
        Map<Long, ActionStatus> status = new HashMap<>();
        for (ActionRecord a : actions.ofTenant(tenantId)) {
            status.put(a.id(), a.status());
        }
        Map<String, Integer> open = new HashMap<>();
        for (OwnerRow o : actions.ownersOfTenant(tenantId)) {
            ActionStatus s = status.get(o.actionId());
            if (s != null && !s.closed()) {
                open.merge(o.userId(), 1, Integer::sum);
            }
        }
        return open;
    }

    static Owner owner(DirectoryUser u) {
        return new Owner(u.id(), u.displayName(), u.businessFunction());
    }
}
