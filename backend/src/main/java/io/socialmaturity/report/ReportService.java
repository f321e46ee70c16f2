package io.socialmaturity.report;

import io.socialmaturity.assessment.AssessmentService;
import io.socialmaturity.assessment.AssessmentStatus;
import io.socialmaturity.assessment.ReportSources.AssessmentReportSource;
import io.socialmaturity.assessment.ReportSources.AnswerExport;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reports feature's public face: the PDF report of a closed assessment and the CSV exports. Who may read
 * what is the assessments feature's rule (results: tenant admins, and respondents once closed; individual
 * answers: tenant admins only); another tenant's assessment is not found. Every export is audited. Data is
 * read in the assessments feature's transaction; rendering happens after it, holding no connection.
 */
@Singleton
public class ReportService {

    static final String ASSESSMENT_TEMPLATE = "assessment-report";

    private final AssessmentService assessments;
    private final PdfRenderer renderer;
    private final AuditService audit;

    ReportService(AssessmentService assessments, PdfRenderer renderer, AuditService audit) {
        this.assessments = assessments;
        this.renderer = renderer;
        this.audit = audit;
    }

    /** The PDF report of a closed assessment, in {@code lang}. */
    public byte[] assessmentPdf(CurrentUser user, long id, String lang) {
        AssessmentReportSource source = assessments.reportSource(user, id);
        if (source.status() != AssessmentStatus.CLOSED) {
            throw ProblemException.conflict("assessment-not-closed",
                    "The report is made from the final result: close the assessment first.",
                    Map.of("status", source.status()));
        }
        byte[] pdf = renderer.pdf(ASSESSMENT_TEMPLATE, Locale.forLanguageTag(lang), Map.of("r", model(user, source, lang)));
        exported(user, id, "report.pdf", lang, null);
        return pdf;
    }

    /** The report's data, localised (what the template receives); for tests and future report types. */
    AssessmentReport model(CurrentUser user, AssessmentReportSource source, String lang) {
        return AssessmentReport.of(source, user.requireTenant().name(), Locale.forLanguageTag(lang));
    }

    /** One row per dimension: the same numbers as the results API (live while open, for tenant admins). */
    public byte[] resultsCsv(CurrentUser user, long id, String lang) {
        AssessmentReportSource source = assessments.reportSource(user, id);
        byte[] csv = CsvExports.results(source, lang);
        exported(user, id, "results.csv", lang, null);
        return csv;
    }

    /** One row per respondent × question (tenant admins); names and emails only when asked for. */
    public byte[] answersCsv(CurrentUser admin, long id, String lang, boolean respondentNames) {
        AnswerExport export = assessments.answerRows(admin, id);
        byte[] csv = CsvExports.answers(export.framework(), export.respondents(), respondentNames, lang);
        exported(admin, id, "answers.csv", lang, respondentNames);
        return csv;
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
