package io.socialmaturity.dataexport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Downloads;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;

/** The tenant's data export, beside the tenant's other settings under {@code /api/v1/tenant}. */
@Controller("/api/v1/tenant")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "tenant")
class TenantExportController {

    private final TenantExports exports;

    TenantExportController(TenantExports exports) {
        this.exports = exports;
    }

    @Get(uri = "/export.zip{?lang}", produces = ExportArchive.CONTENT_TYPE)
    @Operation(
            summary = "All of the tenant's data as a ZIP",
            description = "manifest.json (tenant, generatedAt, formatVersion, and per file its name, description, row"
                    + " count, size and SHA-256), then per data set a JSON file and, where it is a table, a CSV file:"
                    + " assessments, respondents, answers (with comments and evidence), closed results per dimension,"
                    + " the action plan (actions, owners, update log), users' profile fields, engagements and the audit"
                    + " trail. Names and texts in the request language (?lang= or Accept-Language). Audited"
                    + " (tenant.exported). Tenant admins only; the tenant is the caller's.")
    @ApiResponse(
            responseCode = "200",
            description = "The ZIP",
            content =
                    @Content(
                            mediaType = ExportArchive.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    HttpResponse<InputStream> tenantExport(
            CurrentUser user, HttpRequest<?> request, @Nullable @QueryValue String lang) {
        TenantExports.Prepared prepared = exports.export(user, Language.resolve(lang, request));
        return Downloads.streamed(prepared.zip(), ExportArchive.CONTENT_TYPE, prepared.filename());
    }
}
