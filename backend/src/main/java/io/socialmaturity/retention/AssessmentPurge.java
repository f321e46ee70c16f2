package io.socialmaturity.retention;

import io.socialmaturity.benchmark.BenchmarkService;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Deletes one closed assessment and every row that names it, children before parents (answers before respondents,
 * dimensions and figures before the closed result, every child before the assessment). Runs in the caller's
 * transaction, after the caller claimed the assessment's row.
 */
@Singleton
class AssessmentPurge {

    /**
     * Every table with a column naming an assessment, and what the purge does with its rows. RetentionCoverageTest
     * compares it with the schema, so a new table cannot be forgotten.
     */
    static final Map<String, String> HANDLED = Map.ofEntries(
            Map.entry("answer", "deleted"),
            Map.entry("respondent", "deleted"),
            Map.entry("external_respondent", "deleted (personal links)"),
            Map.entry("assessment_target", "deleted"),
            Map.entry("assessment_schedule", "deleted"),
            Map.entry("result_snapshot", "deleted"),
            Map.entry("closed_dimension", "deleted"),
            Map.entry("closed_figure", "deleted"),
            Map.entry("closed_result", "deleted"),
            Map.entry("benchmark_member", "deleted, the framework version's benchmark rebuilt"),
            Map.entry("engagement_assessment", "deleted (the consultancy no longer sees it)"),
            Map.entry("assessment_cycle", "deleted; the neighbours' links cleared, a series it started re-rooted"),
            Map.entry("action_item", "kept in the plan, source_assessment_id cleared"),
            Map.entry("action_proposal", "kept as history, assessment_id cleared"),
            Map.entry("assessment", "deleted"));

    /**
     * Tables with an assessment column whose rows the purge need not touch, with the reason. Empty today; a table
     * may be listed here only with a reason.
     */
    static final Map<String, String> NOT_NEEDED = Map.of();

    private final PurgeRepository purge;
    private final BenchmarkService benchmark;

    AssessmentPurge(PurgeRepository purge, BenchmarkService benchmark) {
        this.purge = purge;
        this.benchmark = benchmark;
    }

    /** Deletes the assessment with its rows; false when it was not (any more) a closed assessment of the tenant. */
    boolean delete(long tenantId, long assessmentId) {
        purge.deleteAnswers(tenantId, assessmentId);
        purge.deleteRespondents(tenantId, assessmentId);
        purge.deleteExternalRespondents(tenantId, assessmentId);
        purge.deleteTargets(tenantId, assessmentId);
        purge.deleteSchedule(tenantId, assessmentId);
        purge.deleteSnapshot(tenantId, assessmentId);
        purge.deleteClosedDimensions(tenantId, assessmentId);
        purge.deleteClosedFigures(tenantId, assessmentId);
        purge.deleteClosedResult(tenantId, assessmentId);
        List<Long> versions = purge.benchmarkVersions(tenantId, assessmentId);
        purge.deleteBenchmarkMembers(tenantId, assessmentId);
        purge.deleteEngagementLinks(tenantId, assessmentId);
        purge.detachActions(tenantId, assessmentId);
        purge.detachProposals(tenantId, assessmentId);
        purge.unlinkPrevious(tenantId, assessmentId);
        purge.unlinkNext(tenantId, assessmentId);
        purge.nextSeriesRoot(tenantId, assessmentId).ifPresent(root -> purge.moveSeries(tenantId, assessmentId, root));
        purge.deleteCycle(tenantId, assessmentId);
        purge.deleteOutbox(tenantId, "assessment:" + assessmentId);
        boolean deleted = purge.deleteAssessment(tenantId, assessmentId) == 1;
        // the company's latest result of that version may now be an older one, or none
        versions.forEach(benchmark::rebuild);
        return deleted;
    }
}
