package io.socialmaturity.actions;

import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.DimensionProgress;
import io.socialmaturity.actions.ActionViews.Owner;
import io.socialmaturity.actions.ActionViews.Progress;
import io.socialmaturity.actions.ActionViews.Update;
import io.socialmaturity.framework.definition.Dimension;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored actions into the API's views: owners, overdue (today in the campaigns' zone), names, progress. */
@Singleton
class ActionPresenter {

    private final ActionRepository actions;
    private final ActionTargets targets;
    private final ActionJournal journal;
    private final ActionZone zone;
    private final Clock clock;

    ActionPresenter(
            ActionRepository actions, ActionTargets targets, ActionJournal journal, ActionZone zone, Clock clock) {
        this.actions = actions;
        this.targets = targets;
        this.journal = journal;
        this.zone = zone;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zoneId()));
    }

    /** The views of these actions with their owners (one query), without the update log. */
    List<Action> views(long tenantId, List<ActionRecord> records, String language) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Owner>> owners = new LinkedHashMap<>();
        for (OwnerRow o :
                actions.owners(tenantId, records.stream().map(ActionRecord::id).toList())) {
            owners.computeIfAbsent(o.actionId(), k -> new ArrayList<>())
                    .add(new Owner(o.userId(), o.displayName(), o.businessFunction()));
        }
        LocalDate today = today();
        return records.stream()
                .map(r -> view(r, owners.getOrDefault(r.id(), List.of()), today, language, null))
                .toList();
    }

    /** One action with its owners and its update log (newest first). */
    Action detail(ActionRecord r, String language) {
        List<Owner> owners = actions.owners(r.tenantId(), List.of(r.id())).stream()
                .map(o -> new Owner(o.userId(), o.displayName(), o.businessFunction()))
                .toList();
        List<Update> updates = actions.updates(r.tenantId(), r.id()).stream()
                .map(u -> new Update(
                        u.id(), u.at(), u.actorId(), u.actorName(), u.kind(), journal.read(u.changes()), u.note()))
                .toList();
        return view(r, owners, today(), language, updates);
    }

    private Action view(ActionRecord r, List<Owner> owners, LocalDate today, String language, List<Update> updates) {
        return new Action(
                r.id(),
                r.title(),
                r.description(),
                r.frameworkKey(),
                r.frameworkVersion(),
                r.dimensionKey(),
                targets.dimensionName(r.frameworkKey(), r.frameworkVersion(), r.dimensionKey(), language),
                r.questionKeyList(),
                owners,
                r.dueDate(),
                r.status(),
                r.effort() == null ? null : Effort.valueOf(r.effort()),
                r.costEstimate(),
                r.expectedLevel(),
                r.sourceAssessmentId(),
                r.sourceRecommendationKey(),
                ActionRules.overdue(r.status(), r.dueDate(), today),
                r.doneAt(),
                r.createdAt(),
                r.updatedAt(),
                ActionRules.warnings(r.dueDate(), r.createdAt(), zone.zoneId()),
                updates);
    }

    /**
     * Progress of a plan: done of all (dropped ones apart), overdue, per dimension in the default framework's order
     * (dimensions it does not know after them, by key).
     */
    Progress progress(List<Action> plan, String language) {
        Map<String, int[]> by = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        targets.framework(ActionTargets.DEFAULT_FRAMEWORK, latestDefaultVersion())
                .ifPresent(f -> {
                    for (Dimension d : f.dimensions()) {
                        names.put(d.key(), d.name().get(language, "en"));
                    }
                });
        int total = 0;
        int done = 0;
        int dropped = 0;
        int overdue = 0;
        for (Action a : plan) {
            names.putIfAbsent(a.dimension(), a.dimensionName());
            int[] c = by.computeIfAbsent(a.dimension(), k -> new int[3]);
            if (a.status() == ActionStatus.DROPPED) {
                dropped++;
                continue;
            }
            total++;
            c[0]++;
            if (a.status() == ActionStatus.DONE) {
                done++;
                c[1]++;
            }
            if (a.overdue()) {
                overdue++;
                c[2]++;
            }
        }
        List<DimensionProgress> byDimension = new ArrayList<>();
        for (var e : names.entrySet()) {
            int[] c = by.get(e.getKey());
            if (c != null) {
                byDimension.add(new DimensionProgress(e.getKey(), e.getValue(), c[0], c[1], c[2]));
            }
        }
        return new Progress(total, done, dropped, overdue, byDimension);
    }

    private int latestDefaultVersion() {
        return targets.latestDefaultVersion();
    }
}
