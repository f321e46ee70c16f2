package io.socialmaturity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/audit")
@Secured(Roles.TENANT_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @Get
    @Operation(summary = "The tenant's audit trail, newest first (tenant admins)")
    PageResponse<AuditService.AuditEvent> list(
            CurrentUser user, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return audit.page(user.tenantId(), Paging.of(page, size));
    }
}
