package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.spreadsheet.Csv;
import io.socialmaturity.platform.web.Downloads;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;

@Controller("/api/v1/audit")
@Secured(Roles.TENANT_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
class AuditController {

    private static final int MAX_TEXT = 100;

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @Get("{?person,action,entityType,from,to,page,size}")
    @Operation(
            summary = "The tenant's audit trail, newest first (tenant admins)",
            description = "Narrowed by `person` (an actor id, or part of a name), `action` and `entityType` (exact,"
                    + " see `/audit/facets`), and `from` (inclusive) / `to` (exclusive), ISO-8601 instants. A `to`"
                    + " before `from` is a 400 naming `to`.")
    PageResponse<AuditService.AuditEvent> list(
            CurrentUser user,
            @Nullable @QueryValue String person,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String entityType,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return audit.page(user.tenantId(), filter(person, action, entityType, from, to), Paging.of(page, size));
    }

    @Get("/facets")
    @Operation(summary = "The actions and object types that occur in the tenant's trail (the screen's filters)")
    AuditService.AuditFacets facets(CurrentUser user) {
        return audit.facets(user.tenantId());
    }

    @Get(uri = "/export.csv{?person,action,entityType,from,to}", produces = Csv.CONTENT_TYPE)
    @Operation(
            summary = "The filtered audit trail as CSV",
            description = "The list's filters; newest first, at most 50,000 rows; UTF-8 with a byte-order mark,"
                    + " formula cells neutralised, `details` as JSON. The download is itself recorded"
                    + " (`audit.exported`).")
    HttpResponse<byte[]> exportCsv(
            CurrentUser user,
            @Nullable @QueryValue String person,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String entityType,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        return Downloads.attachment(
                audit.csv(user.tenantId(), user, filter(person, action, entityType, from, to)),
                Csv.CONTENT_TYPE,
                "audit-trail.csv");
    }

    private static AuditService.AuditFilter filter(
            @Nullable String person,
            @Nullable String action,
            @Nullable String entityType,
            @Nullable String from,
            @Nullable String to) {
        String p = text("person", person);
        String a = text("action", action);
        String e = text("entityType", entityType);
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        if (since != null && until != null && until.isBefore(since)) {
            throw InvalidException.field("to", "violation.audit-to-before-from");
        }
        return new AuditService.AuditFilter(p, a, e, since, until);
    }

    /** An ISO-8601 instant; empty (as a form sends an unset field) is none. */
    private static @Nullable Instant instant(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException ex) {
            throw InvalidException.field(field, "violation.wrong-format");
        }
    }

    private static @Nullable String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidException.field(field, "violation.search-length", MAX_TEXT);
        }
        return value.trim();
    }
}
