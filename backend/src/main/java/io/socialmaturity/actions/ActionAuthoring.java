package io.socialmaturity.actions;

import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.actions.ActionCommands.CreateAction;
import io.socialmaturity.actions.ActionCommands.FromRoadmap;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.scoring.RoadmapItem;
import io.socialmaturity.users.DirectoryUser;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tenant admins add actions: one of their own, or one per chosen roadmap item of a result in one call. Owners are
 * checked in the directory before the transaction; each owner is told by mail in it.
 */
@Singleton
class ActionAuthoring {

    private final ActionRepository actions;
    private final ActionTargets targets;
    private final ActionOwners owners;
    private final ActionJournal journal;
    private final AssignmentMails mails;
    private final ActionPresenter presenter;
    private final AssessmentQueries assessments;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ActionAuthoring(
            ActionRepository actions,
            ActionTargets targets,
            ActionOwners owners,
            ActionJournal journal,
            AssignmentMails mails,
            ActionPresenter presenter,
            AssessmentQueries assessments,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.actions = actions;
        this.targets = targets;
        this.owners = owners;
        this.journal = journal;
        this.mails = mails;
        this.presenter = presenter;
        this.assessments = assessments;
        this.transactions = transactions;
        this.clock = clock;
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.TENANT_ADMIN)) {
            throw ForbiddenException.of("problem.forbidden.default");
        }
    }

    Action create(CurrentUser admin, CreateAction c, String language) {
        return create(admin, c, Map.of(), language);
    }

    /** {@code origin}: where the action came from, logged with its creation (e.g. an accepted proposal). */
    Action create(CurrentUser admin, CreateAction c, Map<String, Object> origin, String language) {
        requireAdmin(admin);
        FrameworkDefinition f = targets.framework(admin, c.assessmentId());
        ActionTargets.check(f, c.dimension(), c.questionKeys());
        List<DirectoryUser> who = owners.resolve(admin.requireTenant(), c.ownerIds(), "ownerIds");
        Instant now = Instant.now(clock);
        ActionStatus status = c.status() == null ? ActionStatus.PLANNED : c.status();
        ActionRecord a = transactions.executeWrite(tx -> insert(
                admin,
                new ActionRecord(
                        null,
                        admin.tenantId(),
                        c.title().strip(),
                        blankToNull(c.description()),
                        f.key(),
                        f.version(),
                        c.dimension(),
                        String.join(",", c.questionKeys() == null ? List.of() : c.questionKeys()),
                        c.dueDate(),
                        status,
                        c.effort() == null ? null : c.effort().name(),
                        c.costEstimate(),
                        c.expectedLevel(),
                        c.assessmentId(),
                        null,
                        status == ActionStatus.DONE ? now : null,
                        admin.id(),
                        now,
                        now),
                who,
                origin));
        return presenter.detail(a, language);
    }

    /** One action per recommendation key on the assessment's roadmap (400 naming the keys that are not on it). */
    List<Action> fromRoadmap(CurrentUser admin, FromRoadmap c, String language) {
        requireAdmin(admin);
        var results = assessments.results(admin, c.assessmentId());
        var ref = assessments.get(admin, c.assessmentId()).framework();
        Map<String, RoadmapItem> roadmap = new LinkedHashMap<>();
        for (RoadmapItem item : results.result().roadmap()) {
            roadmap.put(item.recommendation().key(), item);
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < c.recommendationKeys().size(); i++) {
            if (!roadmap.containsKey(c.recommendationKeys().get(i))) {
                errors.add(
                        FieldError.of("recommendationKeys[" + i + "]", "violation.not-on-roadmap", c.assessmentId()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
        List<DirectoryUser> who = owners.resolve(admin.requireTenant(), c.ownerIds(), "ownerIds");
        Instant now = Instant.now(clock);
        List<ActionRecord> created = transactions.executeWrite(tx -> {
            List<ActionRecord> out = new ArrayList<>();
            for (String key : c.recommendationKeys().stream().distinct().toList()) {
                RoadmapItem item = roadmap.get(key);
                var rec = item.recommendation();
                out.add(insert(
                        admin,
                        new ActionRecord(
                                null,
                                admin.tenantId(),
                                truncate(rec.title().get(language, "en"), 200),
                                rec.text().get(language, "en"),
                                ref.key(),
                                ref.version(),
                                item.dimension(),
                                "",
                                c.dueDate(),
                                ActionStatus.PLANNED,
                                c.effort() == null ? null : c.effort().name(),
                                null,
                                Math.min(5, item.fromLevel() + 1),
                                c.assessmentId(),
                                key,
                                null,
                                admin.id(),
                                now,
                                now),
                        who,
                        Map.of()));
            }
            return out;
        });
        return presenter.views(admin.tenantId(), created, language);
    }

    private ActionRecord insert(
            CurrentUser admin, ActionRecord record, List<DirectoryUser> who, Map<String, Object> origin) {
        ActionRecord a = actions.save(record);
        for (DirectoryUser u : who) {
            actions.addOwner(
                    a.tenantId(), a.id(), u.id(), u.displayName(), u.email(), u.businessFunction(), u.locale());
            mails.assigned(a, u);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", a.title());
        details.put("dimension", a.dimensionKey());
        details.put("owners", who.stream().map(DirectoryUser::id).toList());
        if (a.sourceRecommendationKey() != null) {
            details.put("recommendation", a.sourceRecommendationKey());
        }
        details.putAll(origin);
        journal.record(admin, a.tenantId(), a.id(), ActionChanged.Kind.CREATED, details, null, a.createdAt());
        return a;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
