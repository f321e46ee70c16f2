package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.spreadsheet.Xlsx;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** A consultant's comparison of clients as PDF, CSV and XLSX: the same clients, rules and numbers as {@code /portfolio/compare}. */
@Controller("/api/v1/portfolio")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
@Tag(name = "reports")
class ComparisonExportController {

    private final ReportService reports;

    ComparisonExportController(ReportService reports) {
        this.reports = reports;
    }

    @Get(uri = "/compare.pdf", produces = MediaType.APPLICATION_PDF)
    @Operation(
            summary =
                    "The comparison of up to 10 clients (clients=1,2,...) as a PDF (?lang=en|it or Accept-Language): "
                            + "radar with one outline per client and the median, scores and differences; clients with an active engagement only")
    HttpResponse<byte[]> comparisonPdf(
            CurrentUser user,
            @QueryValue List<Long> clients,
            @Nullable @QueryValue String segment,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        return ReportController.download(
                reports.comparisonPdf(user, clients, segment, language),
                MediaType.APPLICATION_PDF,
                "social-maturity-comparison-" + language + ".pdf");
    }

    @Get(uri = "/compare.csv", produces = ReportController.CSV)
    @Operation(
            summary = "The comparison of up to 10 clients as CSV, one row per client × dimension (overall first), "
                    + "with the numbers of the comparison API")
    HttpResponse<byte[]> comparisonCsv(
            CurrentUser user,
            @QueryValue List<Long> clients,
            @Nullable @QueryValue String segment,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        return ReportController.download(
                reports.comparisonCsv(user, clients, segment, language),
                ReportController.CSV,
                "social-maturity-comparison.csv");
    }

    @Get(uri = "/compare.xlsx", produces = Xlsx.CONTENT_TYPE)
    @Operation(
            summary = "The comparison of up to 10 clients as XLSX",
            description =
                    "The comparison CSV's columns and values in one sheet (numbers as number cells, frozen header "
                            + "row); clients with an active engagement only, audited like the CSV")
    HttpResponse<byte[]> comparisonXlsx(
            CurrentUser user,
            @QueryValue List<Long> clients,
            @Nullable @QueryValue String segment,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        return ReportController.download(
                reports.comparisonXlsx(user, clients, segment, language),
                Xlsx.CONTENT_TYPE,
                "social-maturity-comparison.xlsx");
    }
}
