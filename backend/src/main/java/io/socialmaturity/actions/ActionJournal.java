package io.socialmaturity.actions;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records a change of an action inside its transaction: the update-log row, the audit row ({@code action.<kind>})
 * and the {@link ActionChanged} event.
 */
@Singleton
class ActionJournal {

    private final ActionRepository actions;
    private final AuditService audit;
    private final ApplicationEventPublisher<ActionChanged> events;
    private final JsonMapper json;

    ActionJournal(
            ActionRepository actions,
            AuditService audit,
            ApplicationEventPublisher<ActionChanged> events,
            JsonMapper json) {
        this.actions = actions;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    void record(
            CurrentUser actor,
            long tenantId,
            long actionId,
            ActionChanged.Kind kind,
            Map<String, Object> changes,
            @Nullable String note,
            Instant at) {
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (kind != ActionChanged.Kind.DELETED) {
            actions.log(
                    tenantId,
                    actionId,
                    at,
                    actor.id(),
                    actor.name() != null ? actor.name() : actor.email(),
                    kindName,
                    changes.isEmpty() ? null : write(changes),
                    note == null || note.isBlank() ? null : note.strip());
        }
        Map<String, Object> details = new LinkedHashMap<>(changes);
        if (note != null && !note.isBlank()) {
            details.put("note", note.strip());
        }
        audit.record(tenantId, actor, "action." + kindName, "action", String.valueOf(actionId), details);
        events.publishEvent(new ActionChanged(tenantId, actionId, kind));
    }

    /** A change of one field for the log: {from, to}. */
    static Map<String, Object> change(@Nullable Object from, @Nullable Object to) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("from", from == null ? null : String.valueOf(from));
        c.put("to", to == null ? null : String.valueOf(to));
        return c;
    }

    private String write(Map<String, Object> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(@Nullable String changes) {
        if (changes == null) {
            return Map.of();
        }
        try {
            return json.readValue(changes, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
