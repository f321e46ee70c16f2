package io.socialmaturity.actions;

import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.actions.ActionCommands.AddUpdate;
import io.socialmaturity.actions.ActionCommands.Reassign;
import io.socialmaturity.actions.ActionCommands.UpdateAction;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.users.DirectoryUser;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes of an action: the admin's edit, reassignment and deletion; the owner's (or admin's) status change and
 * note. Each under the action's row lock, logged, audited and published in one transaction. An action of another
 * tenant, or one a non-admin does not own, is not found.
 */
@Singleton
class ActionEditing {

    private final ActionRepository actions;
    private final ActionTargets targets;
    private final ActionOwners owners;
    private final ActionJournal journal;
    private final AssignmentMails mails;
    private final ActionPresenter presenter;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ActionEditing(
            ActionRepository actions,
            ActionTargets targets,
            ActionOwners owners,
            ActionJournal journal,
            AssignmentMails mails,
            ActionPresenter presenter,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.actions = actions;
        this.targets = targets;
        this.owners = owners;
        this.journal = journal;
        this.mails = mails;
        this.presenter = presenter;
        this.transactions = transactions;
        this.clock = clock;
    }

    static NotFoundException notFound(long id) {
        return NotFoundException.of("problem.not-found.action", id);
    }

    /** The action if the caller may see it: a tenant admin of its tenant, or one of its owners. */
    ActionRecord visible(CurrentUser user, long id, boolean lock) {
        ActionRecord a = (lock ? actions.lock(user.tenantId(), id) : actions.find(user.tenantId(), id))
                .orElseThrow(() -> notFound(id));
        if (!user.hasRole(Roles.TENANT_ADMIN) && !ownerIds(a).contains(user.id())) {
            throw notFound(id);
        }
        return a;
    }

    private Set<String> ownerIds(ActionRecord a) {
        return actions.owners(a.tenantId(), List.of(a.id())).stream()
                .map(OwnerRow::userId)
                .collect(Collectors.toSet());
    }

    Action update(CurrentUser admin, long id, UpdateAction c, String language) {
        ActionAuthoring.requireAdmin(admin);
        ActionRecord before = visible(admin, id, false);
        targets.framework(before.frameworkKey(), before.frameworkVersion())
                .ifPresent(f -> ActionTargets.check(f, c.dimension(), c.questionKeys()));
        Instant now = Instant.now(clock);
        ActionRecord after = transactions.executeWrite(tx -> {
            ActionRecord a = visible(admin, id, true);
            ActionRules.requireMove(a.status(), c.status(), c.note());
            String questions = String.join(",", c.questionKeys() == null ? List.of() : c.questionKeys());
            String effort = c.effort() == null ? null : c.effort().name();
            Map<String, Object> changes = new LinkedHashMap<>();
            diff(changes, "title", a.title(), c.title().strip());
            diff(changes, "description", a.description(), ActionAuthoring.blankToNull(c.description()));
            diff(changes, "dimension", a.dimensionKey(), c.dimension());
            diff(changes, "questionKeys", a.questionKeys(), questions);
            diff(changes, "dueDate", a.dueDate(), c.dueDate());
            diff(changes, "status", a.status(), c.status());
            diff(changes, "effort", a.effort(), effort);
            diff(changes, "costEstimate", a.costEstimate(), c.costEstimate());
            diff(changes, "expectedLevel", a.expectedLevel(), c.expectedLevel());
            if (changes.isEmpty() && (c.note() == null || c.note().isBlank())) {
                return a; // the same again: nothing changes, nothing is logged
            }
            actions.update(
                    a.tenantId(),
                    a.id(),
                    c.title().strip(),
                    ActionAuthoring.blankToNull(c.description()),
                    c.dimension(),
                    questions,
                    c.dueDate(),
                    c.status(),
                    effort,
                    c.costEstimate(),
                    c.expectedLevel(),
                    ActionRules.doneAt(a.status(), c.status(), a.doneAt(), now),
                    now);
            journal.record(admin, a.tenantId(), a.id(), ActionChanged.Kind.UPDATED, changes, c.note(), now);
            return actions.find(a.tenantId(), a.id()).orElseThrow();
        });
        return presenter.detail(after, language);
    }

    /** The owner's (or an admin's) update: a new status, a note, or both (400 when neither). */
    Action addUpdate(CurrentUser user, long id, AddUpdate c, String language) {
        boolean hasNote = c.note() != null && !c.note().isBlank();
        visible(user, id, false);
        if (c.status() == null && !hasNote) {
            throw InvalidException.field("note", "violation.status-or-note");
        }
        Instant now = Instant.now(clock);
        ActionRecord after = transactions.executeWrite(tx -> {
            ActionRecord a = visible(user, id, true);
            ActionStatus to = c.status() == null ? a.status() : c.status();
            ActionRules.requireMove(a.status(), to, c.note());
            Map<String, Object> changes = new LinkedHashMap<>();
            diff(changes, "status", a.status(), to);
            if (changes.isEmpty() && !hasNote) {
                return a;
            }
            if (!changes.isEmpty()) {
                actions.update(
                        a.tenantId(),
                        a.id(),
                        a.title(),
                        a.description(),
                        a.dimensionKey(),
                        a.questionKeys(),
                        a.dueDate(),
                        to,
                        a.effort(),
                        a.costEstimate(),
                        a.expectedLevel(),
                        ActionRules.doneAt(a.status(), to, a.doneAt(), now),
                        now);
            }
            journal.record(
                    user,
                    a.tenantId(),
                    a.id(),
                    changes.isEmpty() ? ActionChanged.Kind.NOTE_ADDED : ActionChanged.Kind.STATUS_CHANGED,
                    changes,
                    c.note(),
                    now);
            return actions.find(a.tenantId(), a.id()).orElseThrow();
        });
        return presenter.detail(after, language);
    }

    Action reassign(CurrentUser admin, long id, Reassign c, String language) {
        ActionAuthoring.requireAdmin(admin);
        visible(admin, id, false);
        List<DirectoryUser> who = owners.resolve(admin.requireTenant(), c.ownerIds(), "ownerIds");
        Instant now = Instant.now(clock);
        ActionRecord after = transactions.executeWrite(tx -> {
            ActionRecord a = visible(admin, id, true);
            Set<String> before = ownerIds(a);
            Set<String> next = who.stream().map(DirectoryUser::id).collect(Collectors.toSet());
            if (before.equals(next) && (c.note() == null || c.note().isBlank())) {
                return a;
            }
            actions.clearOwners(a.tenantId(), a.id());
            for (DirectoryUser u : who) {
                actions.addOwner(
                        a.tenantId(), a.id(), u.id(), u.displayName(), u.email(), u.businessFunction(), u.locale());
                if (!before.contains(u.id())) {
                    mails.assigned(a, u);
                }
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(
                    "owners",
                    ActionJournal.change(
                            String.join(",", before.stream().sorted().toList()),
                            String.join(",", next.stream().sorted().toList())));
            journal.record(admin, a.tenantId(), a.id(), ActionChanged.Kind.REASSIGNED, changes, c.note(), now);
            actions.update(
                    a.tenantId(),
                    a.id(),
                    a.title(),
                    a.description(),
                    a.dimensionKey(),
                    a.questionKeys(),
                    a.dueDate(),
                    a.status(),
                    a.effort(),
                    a.costEstimate(),
                    a.expectedLevel(),
                    a.doneAt(),
                    now);
            return actions.find(a.tenantId(), a.id()).orElseThrow();
        });
        return presenter.detail(after, language);
    }

    void delete(CurrentUser admin, long id) {
        ActionAuthoring.requireAdmin(admin);
        Instant now = Instant.now(clock);
        transactions.executeWrite(tx -> {
            ActionRecord a = visible(admin, id, true);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("title", a.title());
            details.put("status", a.status().name());
            actions.delete(a.tenantId(), a.id());
            journal.record(admin, a.tenantId(), a.id(), ActionChanged.Kind.DELETED, details, null, now);
            return null;
        });
    }

    private static void diff(Map<String, Object> changes, String field, Object from, Object to) {
        String f = from == null ? null : normal(from);
        String t = to == null ? null : normal(to);
        if (!Objects.equals(f, t)) {
            changes.put(field, ActionJournal.change(f, t));
        }
    }

    private static String normal(Object v) {
        return v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
    }
}
