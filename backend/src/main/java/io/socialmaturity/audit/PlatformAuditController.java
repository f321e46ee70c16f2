package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/platform/audit")
@Secured(Roles.PLATFORM_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "platform")
class PlatformAuditController {

    private final AuditService audit;

    PlatformAuditController(AuditService audit) {
        this.audit = audit;
    }

    @Get
    @Operation(
            summary = "The platform's audit trail, newest first (platform admins)",
            description = "Tenants created, disabled, enabled, deletion requested, restored and purged, people"
                    + " erased, retention changed and applied. `tenant` narrows it to one tenant's alias; the"
                    + " entries of a purged tenant stay.")
    PageResponse<AuditService.PlatformEvent> list(
            @Nullable @QueryValue String tenant,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        if (tenant != null && tenant.length() > 40) {
            throw InvalidException.field("tenant", "violation.search-length", 40);
        }
        return audit.platformPage(tenant == null || tenant.isBlank() ? null : tenant.trim(), Paging.of(page, size));
    }
}
