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
import io.micronaut.security.rules.SecurityRule;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.spreadsheet.Xlsx;
import io.socialmaturity.platform.web.Downloads;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "reports")
class ReportController {

    static final String CSV = "text/csv; charset=utf-8; header=present";

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @Get(uri = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF)
    @Operation(
            summary =
                    "PDF report of a closed assessment (?lang=en|it or Accept-Language): summary, radar, one page per dimension, published figures; tenant admins and its respondents")
    HttpResponse<byte[]> reportPdf(
            CurrentUser user, long id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        return download(
                reports.assessmentPdf(user, id, language),
                MediaType.APPLICATION_PDF,
                "social-maturity-" + id + "-" + language + ".pdf");
    }

    @Get(uri = "/{id}/results.csv", produces = CSV)
    @Operation(
            summary =
                    "Results as CSV, one row per dimension, with the numbers of the results API; same readers as the results")
    HttpResponse<byte[]> resultsCsv(
            CurrentUser user, long id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        return download(reports.resultsCsv(user, id, language), CSV, "social-maturity-" + id + "-results.csv");
    }

    @Get(uri = "/{id}/answers.csv", produces = CSV)
    @Operation(
            summary =
                    "Answers as CSV, one row per respondent × question (tenant admins); respondents are pseudonyms unless respondentNames=true, which is audited")
    HttpResponse<byte[]> answersCsv(
            CurrentUser user,
            long id,
            @Nullable @QueryValue String lang,
            @Nullable @QueryValue Boolean respondentNames,
            HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        boolean names = Boolean.TRUE.equals(respondentNames);
        return download(
                reports.answersCsv(user, id, language, names),
                CSV,
                "social-maturity-" + id + "-answers" + (names ? "-named" : "") + ".csv");
    }

    @Get(uri = "/{id}/results.xlsx", produces = Xlsx.CONTENT_TYPE)
    @Operation(
            summary = "Results as XLSX",
            description =
                    "The results CSV's columns and values in one sheet (numbers as number cells, frozen header row); "
                            + "same readers and audit as the CSV")
    HttpResponse<byte[]> resultsXlsx(
            CurrentUser user, long id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        return download(
                reports.resultsXlsx(user, id, language), Xlsx.CONTENT_TYPE, "social-maturity-" + id + "-results.xlsx");
    }

    @Get(uri = "/{id}/answers.xlsx", produces = Xlsx.CONTENT_TYPE)
    @Operation(
            summary = "Answers as XLSX",
            description =
                    "The answers CSV's columns and values in one sheet (tenant admins); respondents are pseudonyms "
                            + "unless respondentNames=true (never in an anonymous assessment), which is audited")
    HttpResponse<byte[]> answersXlsx(
            CurrentUser user,
            long id,
            @Nullable @QueryValue String lang,
            @Nullable @QueryValue Boolean respondentNames,
            HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        boolean names = Boolean.TRUE.equals(respondentNames);
        return download(
                reports.answersXlsx(user, id, language, names),
                Xlsx.CONTENT_TYPE,
                "social-maturity-" + id + "-answers" + (names ? "-named" : "") + ".xlsx");
    }

    static HttpResponse<byte[]> download(byte[] body, String contentType, String filename) {
        return Downloads.attachment(body, contentType, filename);
    }
}
