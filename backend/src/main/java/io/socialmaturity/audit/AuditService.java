package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.spreadsheet.Csv;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail's public face. {@link #record} joins the caller's transaction, so an audited change and
 * its audit row are stored together or not at all.
 */
@Singleton
public class AuditService {

    private final AuditRepository repository;
    private final PlatformAuditRepository platform;
    private final JsonMapper json;
    private final Clock clock;

    AuditService(AuditRepository repository, PlatformAuditRepository platform, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.platform = platform;
        this.json = json;
        this.clock = clock;
    }

    /** The actor id of what the application does by itself (e.g. the mail sender), never a user's id. */
    public static final String SYSTEM_ACTOR_ID = "system";

    public void record(
            long tenantId,
            CurrentUser actor,
            String action,
            String entityType,
            String entityId,
            Map<String, ?> details) {
        write(
                tenantId,
                actor.id(),
                actor.name() != null ? actor.name() : actor.email(),
                action,
                entityType,
                entityId,
                details);
    }

    /**
     * Records what the application did by itself, without a user: the actor is {@link #SYSTEM_ACTOR_ID} and its
     * name says which process (e.g. "mail sender"). Joins the caller's transaction like {@link #record}.
     */
    public void recordSystem(
            long tenantId, String process, String action, String entityType, String entityId, Map<String, ?> details) {
        write(tenantId, SYSTEM_ACTOR_ID, "system: " + process, action, entityType, entityId, details);
    }

    /**
     * Records a change to a tenant in the platform's trail, which platform admins read and which outlives the
     * tenant: name it by alias, and put no person's name or email in {@code details}. Joins the caller's
     * transaction.
     */
    public void recordPlatform(
            CurrentUser actor,
            String action,
            @Nullable String tenantAlias,
            String entityType,
            String entityId,
            Map<String, ?> details) {
        writePlatform(
                actor.id(),
                actor.name() != null ? actor.name() : actor.email(),
                action,
                tenantAlias,
                entityType,
                entityId,
                details);
    }

    /** {@link #recordPlatform} for what a job of the platform did by itself (actor {@link #SYSTEM_ACTOR_ID}). */
    public void recordPlatformSystem(
            String process,
            String action,
            @Nullable String tenantAlias,
            String entityType,
            String entityId,
            Map<String, ?> details) {
        writePlatform(SYSTEM_ACTOR_ID, "system: " + process, action, tenantAlias, entityType, entityId, details);
    }

    private void writePlatform(
            String actorId,
            @Nullable String actorName,
            String action,
            @Nullable String tenantAlias,
            String entityType,
            String entityId,
            Map<String, ?> details) {
        platform.save(new PlatformAuditRecord(
                null,
                Instant.now(clock),
                actorId,
                actorName,
                action,
                tenantAlias,
                entityType,
                entityId,
                detailsJson(details)));
    }

    /** The platform's trail, newest first; {@code tenantAlias} narrows it to one tenant. */
    public PageResponse<PlatformEvent> platformPage(@Nullable String tenantAlias, Paging paging) {
        List<PlatformAuditRecord> rows = tenantAlias == null
                ? platform.page(paging.size(), paging.offset())
                : platform.pageOfTenant(tenantAlias, paging.size(), paging.offset());
        long total = tenantAlias == null ? platform.countAll() : platform.countOfTenant(tenantAlias);
        return new PageResponse<>(
                rows.stream()
                        .map(r -> new PlatformEvent(
                                r.id(),
                                r.occurredAt(),
                                r.actorId(),
                                r.actorName(),
                                r.action(),
                                r.tenantAlias(),
                                r.entityType(),
                                r.entityId(),
                                parse(r.details())))
                        .toList(),
                paging.page(),
                paging.size(),
                total);
    }

    private void write(
            long tenantId,
            String actorId,
            @Nullable String actorName,
            String action,
            String entityType,
            String entityId,
            Map<String, ?> details) {
        repository.save(new AuditRecord(
                null,
                tenantId,
                Instant.now(clock),
                actorId,
                actorName,
                action,
                entityType,
                entityId,
                detailsJson(details)));
    }

    private @Nullable String detailsJson(Map<String, ?> details) {
        try {
            return details.isEmpty() ? null : json.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> parse(@Nullable String details) {
        if (details == null) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = json.readValue(details, Map.class);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the tenant's trail can be narrowed to; a null member matches everything. */
    public record AuditFilter(
            @Nullable String person,
            @Nullable String action,
            @Nullable String entityType,
            @Nullable Instant from,
            @Nullable Instant until) {

        public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
    }

    /** The tenant's trail narrowed by {@code filter}, newest first. */
    public PageResponse<AuditEvent> page(long tenantId, AuditFilter filter, Paging paging) {
        List<AuditEvent> items = repository
                .filtered(
                        tenantId,
                        filter.person(),
                        filter.action(),
                        filter.entityType(),
                        filter.from(),
                        filter.until(),
                        paging.size(),
                        paging.offset())
                .stream()
                .map(this::toEvent)
                .toList();
        long total = repository.countFiltered(
                tenantId, filter.person(), filter.action(), filter.entityType(), filter.from(), filter.until());
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /** The actions and object types that occur in the tenant's trail, for the screen's filters. */
    @Serdeable
    public record AuditFacets(List<String> actions, List<String> entityTypes) {}

    public AuditFacets facets(long tenantId) {
        return new AuditFacets(repository.actions(tenantId), repository.entityTypes(tenantId));
    }

    /** At most this many rows go into one CSV download; a narrower filter gets the rest. */
    public static final int CSV_MAX_ROWS = 50_000;

    /** The filtered trail as CSV, newest first (at most {@link #CSV_MAX_ROWS} rows); recorded as {@code audit.exported}. */
    public byte[] csv(long tenantId, CurrentUser actor, AuditFilter filter) {
        List<List<?>> rows = repository
                .filtered(
                        tenantId,
                        filter.person(),
                        filter.action(),
                        filter.entityType(),
                        filter.from(),
                        filter.until(),
                        CSV_MAX_ROWS,
                        0)
                .stream()
                .<List<?>>map(r -> Arrays.asList(
                        r.occurredAt(),
                        r.actorId(),
                        r.actorName(),
                        r.action(),
                        r.entityType(),
                        r.entityId(),
                        r.details()))
                .toList();
        byte[] body = Csv.write(
                List.of("occurredAt", "actorId", "actorName", "action", "entityType", "entityId", "details"), rows);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows.size());
        if (filter.person() != null) {
            details.put("person", filter.person());
        }
        if (filter.action() != null) {
            details.put("action", filter.action());
        }
        if (filter.entityType() != null) {
            details.put("entityType", filter.entityType());
        }
        if (filter.from() != null) {
            details.put("from", filter.from().toString());
        }
        if (filter.until() != null) {
            details.put("to", filter.until().toString());
        }
        record(tenantId, actor, "audit.exported", "audit", "csv", details);
        return body;
    }

    public PageResponse<AuditEvent> page(long tenantId, Paging paging) {
        List<AuditEvent> items = repository.page(tenantId, paging.size(), paging.offset()).stream()
                .map(this::toEvent)
                .toList();
        return new PageResponse<>(items, paging.page(), paging.size(), repository.countByTenant(tenantId));
    }

    public List<AuditEvent> forEntity(long tenantId, String entityType, String entityId, int limit) {
        return repository.forEntity(tenantId, entityType, entityId, limit).stream()
                .map(this::toEvent)
                .toList();
    }

    private AuditEvent toEvent(AuditRecord r) {
        return new AuditEvent(
                r.id(),
                r.occurredAt(),
                r.actorId(),
                r.actorName(),
                r.action(),
                r.entityType(),
                r.entityId(),
                parse(r.details()));
    }

    /** One entry of the audit trail. */
    @Serdeable
    public record AuditEvent(
            long id,
            Instant occurredAt,
            String actorId,
            @Nullable String actorName,
            String action,
            String entityType,
            String entityId,
            Map<String, Object> details) {}

    /** One entry of the platform's trail; {@code tenantAlias} stays after the tenant is purged. */
    @Serdeable
    public record PlatformEvent(
            long id,
            Instant occurredAt,
            String actorId,
            @Nullable String actorName,
            String action,
            @Nullable String tenantAlias,
            String entityType,
            String entityId,
            Map<String, Object> details) {}
}
