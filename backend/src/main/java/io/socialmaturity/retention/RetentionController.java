package io.socialmaturity.retention;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The tenant's retention setting, beside the tenant's other settings under {@code /api/v1/tenant}. */
@Controller("/api/v1/tenant/retention")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "tenant")
class RetentionController {

    private final RetentionSettings settings;

    RetentionController(RetentionSettings settings) {
        this.settings = settings;
    }

    @Get
    @Operation(
            summary = "The tenant's retention of closed assessments",
            description = "years: how long a closed assessment is kept after its close (null: forever), the bounds,"
                    + " and how many closed assessments are past it now (the next daily run deletes them)."
                    + " Tenant admins only; the tenant is the caller's.")
    RetentionSettings.RetentionView retention(CurrentUser user) {
        return settings.view(user);
    }

    @Put
    @Operation(
            summary = "Set the tenant's retention of closed assessments",
            description = "years 1-50, or null to keep forever; other values are a 400 naming years. The daily job"
                    + " deletes closed assessments closed more than that many years ago, with all their data; each"
                    + " deletion and this change are audited in the tenant's and the platform's trail. Tenant"
                    + " admins only; the tenant is the caller's.")
    RetentionSettings.RetentionView change(CurrentUser user, @Body RetentionSettings.RetentionChange change) {
        return settings.change(user, change);
    }
}
