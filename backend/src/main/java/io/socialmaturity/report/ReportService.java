package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.actions.ActionLoops;
import io.socialmaturity.actions.ActionPlans;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.assessment.AssessmentStatus;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.assessment.ReportSources.AnswerExport;
import io.socialmaturity.assessment.ReportSources.AssessmentReportSource;
import io.socialmaturity.assessment.ResultsPresenter;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.benchmark.BenchmarkService;
import io.socialmaturity.benchmark.BenchmarkViews.AssessmentBenchmark;
import io.socialmaturity.consulting.ConsultingService;
import io.socialmaturity.consulting.ConsultingViews.Client;
import io.socialmaturity.consulting.ConsultingViews.Comparison;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.scoring.BreakdownPrivacy;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reports feature's public face: the PDF report of a closed assessment (with its benchmark position when the
 * assessment is in the benchmark index), the CSV and XLSX exports (the same table in both), and a consultant's comparison of clients as PDF, CSV and XLSX.
 * Who may read what is the owning feature's rule (results: tenant admins, and respondents once closed; individual
 * answers: tenant admins only; a comparison: consultants, for clients with an active engagement); anything else
 * is not found. Every export is audited. Data is read in the owning feature's transaction; rendering happens
 * after it, holding no connection.
 */
@Singleton
public class ReportService {

    static final String ASSESSMENT_TEMPLATE = "assessment-report";
    static final String COMPARISON_TEMPLATE = "comparison-report";

    private final AssessmentQueries assessments;
    private final BenchmarkService benchmarks;
    private final ConsultingService consulting;
    private final FrameworkCatalog frameworks;
    private final TenantService tenants;
    private final PdfRenderer renderer;
    private final AuditService audit;
    private final ActionPlans plans;
    private final ActionLoops loops;
    private final Clock clock;

    ReportService(
            AssessmentQueries assessments,
            BenchmarkService benchmarks,
            ConsultingService consulting,
            FrameworkCatalog frameworks,
            TenantService tenants,
            PdfRenderer renderer,
            AuditService audit,
            ActionPlans plans,
            ActionLoops loops,
            Clock clock) {
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.consulting = consulting;
        this.frameworks = frameworks;
        this.tenants = tenants;
        this.renderer = renderer;
        this.audit = audit;
        this.plans = plans;
        this.loops = loops;
        this.clock = clock;
    }

    /** The PDF report of a closed assessment, in {@code lang}. */
    public byte[] assessmentPdf(CurrentUser user, long id, String lang) {
        AssessmentReportSource source = assessments.reportSource(user, id);
        if (source.status() != AssessmentStatus.CLOSED) {
            throw new ConflictException("assessment-not-closed", "problem.assessment-not-closed.report")
                    .withExtra(Map.of("status", source.status()));
        }
        byte[] pdf =
                renderer.pdf(ASSESSMENT_TEMPLATE, Locale.forLanguageTag(lang), Map.of("r", model(user, source, lang)));
        exported(user, id, "report.pdf", lang, null);
        return pdf;
    }

    /** The report's data, localised (what the template receives); for tests and future report types. */
    AssessmentReport model(CurrentUser user, AssessmentReportSource source, String lang) {
        AssessmentBenchmark benchmark = source.status() == AssessmentStatus.CLOSED
                ? benchmarks.placement(user.tenantId(), source.id()).orElse(null)
                : null;
        // the plan is the company admins' (as on the action-plan page): only their report has its section
        boolean planReader = source.status() == AssessmentStatus.CLOSED && user.hasRole(Roles.TENANT_ADMIN);
        return AssessmentReport.of(
                source,
                user.requireTenant().name(),
                Locale.forLanguageTag(lang),
                benchmark,
                ResultsPresenter.privacyFor(user, source.results()),
                planReader ? plans.planOf(user.tenantId(), lang) : null,
                planReader ? loops.find(user.tenantId(), source.id(), lang).orElse(null) : null);
    }

    /** One row per dimension: the same numbers as the results API (live while open, for tenant admins). */
    public byte[] resultsCsv(CurrentUser user, long id, String lang) {
        return results(user, id, lang, ExportFormat.CSV);
    }

    /** The results as an XLSX workbook: the CSV's columns and values, numbers as number cells. */
    public byte[] resultsXlsx(CurrentUser user, long id, String lang) {
        return results(user, id, lang, ExportFormat.XLSX);
    }

    private byte[] results(CurrentUser user, long id, String lang, ExportFormat format) {
        AssessmentReportSource full = assessments.reportSource(user, id);
        // the results API's privacy rule for this reader: a hidden figure by business function is an empty cell,
        // one resting on a single respondent is flagged in the last columns
        Results r = full.results();
        BreakdownPrivacy.Disclosed disclosed =
                ResultsPresenter.privacyFor(user, r).apply(r.result());
        AssessmentReportSource source = new AssessmentReportSource(
                full.id(),
                full.title(),
                full.status(),
                full.closedAt(),
                full.framework(),
                new Results(r.assessmentId(), r.status(), r.live(), r.computedAt(), disclosed.result(), r.anonymous()));
        byte[] file = format.write(ExportTables.results(source, disclosed, lang), "Results");
        exported(user, id, "results." + format.extension, lang, null);
        return file;
    }

    /**
     * One row per respondent × question (tenant admins); names and emails only when asked for, never in an
     * anonymous assessment (one row per answer given there, without respondent or time).
     */
    public byte[] answersCsv(CurrentUser admin, long id, String lang, boolean respondentNames) {
        return answers(admin, id, lang, respondentNames, ExportFormat.CSV);
    }

    /** The answers as an XLSX workbook: the CSV's columns, rules and audit. */
    public byte[] answersXlsx(CurrentUser admin, long id, String lang, boolean respondentNames) {
        return answers(admin, id, lang, respondentNames, ExportFormat.XLSX);
    }

    private byte[] answers(CurrentUser admin, long id, String lang, boolean respondentNames, ExportFormat format) {
        AnswerExport export = assessments.answerRows(admin, id);
        // an anonymous assessment has no names to give, whatever was asked: one row per answer, tied to nobody
        boolean names = respondentNames && !export.anonymous();
        byte[] file =
                format.write(ExportTables.answers(export.framework(), export.respondents(), names, lang), "Answers");
        exported(admin, id, "answers." + format.extension, lang, names);
        return file;
    }

    /**
     * A consultant's comparison as PDF: read through the consulting feature's comparison (active engagements
     * only, others 404; at most {@link ConsultingService#MAX_COMPARED} clients), so the same rules and numbers apply.
     */
    public byte[] comparisonPdf(CurrentUser consultant, List<Long> clients, @Nullable String segment, String lang) {
        Comparison comparison = consulting.compare(consultant, clients, segment);
        Locale locale = Locale.forLanguageTag(lang);
        ComparisonReport model = ComparisonReport.of(
                comparison,
                consultant.requireTenant().name(),
                framework(comparison).orElse(null),
                Instant.now(clock),
                locale);
        byte[] pdf = renderer.pdf(COMPARISON_TEMPLATE, locale, Map.of("r", model));
        comparisonExported(consultant, comparison, "compare.pdf", lang, segment);
        return pdf;
    }

    /** A consultant's comparison as CSV, one row per client × dimension, with the comparison API's numbers. */
    public byte[] comparisonCsv(CurrentUser consultant, List<Long> clients, @Nullable String segment, String lang) {
        return comparison(consultant, clients, segment, lang, ExportFormat.CSV);
    }

    /** The comparison as an XLSX workbook: the CSV's columns, rules and audit. */
    public byte[] comparisonXlsx(CurrentUser consultant, List<Long> clients, @Nullable String segment, String lang) {
        return comparison(consultant, clients, segment, lang, ExportFormat.XLSX);
    }

    private byte[] comparison(
            CurrentUser consultant, List<Long> clients, @Nullable String segment, String lang, ExportFormat format) {
        Comparison comparison = consulting.compare(consultant, clients, segment);
        byte[] file = format.write(
                ExportTables.comparison(
                        comparison,
                        framework(comparison)
                                .map(PublishedFramework::definition)
                                .orElse(null),
                        lang),
                "Comparison");
        comparisonExported(consultant, comparison, "compare." + format.extension, lang, segment);
        return file;
    }

    /** The framework version the comparison's dimensions belong to (that of the first client with a result). */
    private Optional<PublishedFramework> framework(Comparison comparison) {
        return comparison.clients().stream()
                .map(Client::latest)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .flatMap(r -> frameworks.find(r.frameworkKey(), r.frameworkVersion()));
    }

    /** In the consultancy's audit trail, and in each client's, since the export carries the client's results. */
    private void comparisonExported(
            CurrentUser consultant, Comparison comparison, String format, String lang, @Nullable String segment) {
        List<String> aliases =
                comparison.clients().stream().map(c -> c.company().alias()).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format);
        details.put("lang", lang);
        details.put("segment", segment == null || segment.isBlank() ? "all" : segment);
        details.put("clients", aliases);
        String entityId = String.join(
                ",",
                comparison.clients().stream()
                        .map(c -> String.valueOf(c.clientId()))
                        .toList());
        audit.record(
                consultant.tenantId(),
                consultant,
                "portfolio.exported",
                "comparison",
                entityId.length() <= 128 ? entityId : entityId.substring(0, 128),
                details);
        String consultancy = consultant.requireTenant().alias();
        for (Client c : comparison.clients()) {
            tenants.findByAlias(c.company().alias())
                    .ifPresent(company -> audit.record(
                            company.id(),
                            consultant,
                            "engagement.exported",
                            "engagement",
                            String.valueOf(c.clientId()),
                            Map.of("consultancy", consultancy, "format", format)));
        }
    }

    private void exported(CurrentUser user, long id, String format, String lang, Boolean respondentNames) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format);
        details.put("lang", lang);
        if (respondentNames != null) {
            details.put("respondentNames", respondentNames);
        }
        audit.record(user.tenantId(), user, "assessment.exported", "assessment", String.valueOf(id), details);
    }
}
