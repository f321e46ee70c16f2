package io.socialmaturity.assessment;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.CycleLink;
import io.socialmaturity.assessment.AssessmentViews.Results;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment feature's public face for reading: the one way other features (reports, consulting,
 * benchmarks) read assessments, under the same rules as the assessments API (the caller's tenant only; an
 * assessment of another tenant is not found). Writes stay inside the feature.
 */
@Singleton
public class AssessmentQueries {

    private static final int ID_PAGE = 500;

    private final AssessmentRepository assessments;
    private final AssessmentOverview overview;
    private final AssessmentResults results;
    private final AssessmentExports exports;
    private final CycleRepository cycles;
    private final ScheduleRepository schedules;
    private final CampaignProperties campaigns;

    AssessmentQueries(
            AssessmentRepository assessments,
            AssessmentOverview overview,
            AssessmentResults results,
            AssessmentExports exports,
            CycleRepository cycles,
            ScheduleRepository schedules,
            CampaignProperties campaigns) {
        this.assessments = assessments;
        this.overview = overview;
        this.results = results;
        this.exports = exports;
        this.cycles = cycles;
        this.schedules = schedules;
        this.campaigns = campaigns;
    }

    /** When the assessment is due (the end of its due day in the campaigns' zone), if it has a due date. */
    public Optional<Instant> dueAt(long tenantId, long assessmentId) {
        return schedules
                .find(tenantId, assessmentId)
                .filter(s -> s.dueDate() != null)
                .map(s -> DueDates.dueAt(s.dueDate(), campaigns.zoneId()));
    }

    /** The recurring-series links of this tenant's assessments that belong to a series, by assessment id. */
    @Transactional
    public Map<Long, CycleLink> cycleLinks(long tenantId) {
        Map<Long, CycleLink> out = new HashMap<>();
        for (CycleRecord c : cycles.ofTenant(tenantId)) {
            out.put(c.assessmentId(), new CycleLink(c.seriesId(), c.previousId(), c.nextId()));
        }
        return out;
    }

    /** The ids of every assessment of this tenant, oldest first (e.g. for the tenant's data export). */
    @Transactional
    public List<Long> ids(long tenantId) {
        List<Long> out = new ArrayList<>();
        for (long offset = 0; ; offset += ID_PAGE) {
            List<AssessmentRecord> page = assessments.page(tenantId, ID_PAGE, offset);
            page.forEach(a -> out.add(a.id()));
            if (page.size() < ID_PAGE) {
                break;
            }
        }
        out.sort(null);
        return out;
    }

    /** One assessment as the assessments API shows it to this caller; 404 when the caller may not see it. */
    public AssessmentDetail get(CurrentUser user, long id) {
        return overview.get(user, id);
    }

    /** The results as the results API shows them to this caller (live for admins while open, else the snapshot). */
    public Results results(CurrentUser user, long id) {
        return results.results(user, id);
    }

    /** The result of a closed assessment of this tenant, from its snapshot. */
    public Optional<Results> closedResults(long tenantId, long id) {
        return results.closedResults(tenantId, id);
    }

    /** The title of an assessment of this tenant (for lists of other features that name assessments). */
    @Transactional
    public Optional<String> title(long tenantId, long id) {
        return assessments.find(tenantId, id).map(AssessmentRecord::title);
    }

    /** An assessment with its framework version and results, for reports (same readers as the results). */
    public ReportSources.AssessmentReportSource reportSource(CurrentUser user, long id) {
        return exports.reportSource(user, id);
    }

    /** Every respondent's answers, for the answers export (tenant admins only). */
    public ReportSources.AnswerExport answerRows(CurrentUser admin, long id) {
        return exports.answerRows(admin, id);
    }
}
