package io.socialmaturity.consulting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.actions.ActionViews.AssessmentLoop;
import io.socialmaturity.actions.ActionViews.PlanCounts;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.History;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Commands and responses of the consulting feature. */
public final class ConsultingViews {

    private ConsultingViews() {}

    /**
     * A company grants a consultancy access to its closed results: all of them ({@code assessmentIds} null
     * or empty) or only the listed assessments, and its action plan to read; with {@code contribute} the
     * consultancy may also propose actions, which the company's tenant admins accept or reject.
     */
    @Serdeable
    public record GrantAccess(
            @NotBlank @Size(max = 64) String consultancy,
            @Nullable @Size(max = 200) List<Long> assessmentIds,
            @Nullable Boolean contribute) {}

    @Serdeable
    public record TenantRef(
            String alias,
            String name,
            @Nullable String industry,
            @Nullable String sizeBand,
            @Nullable String country) {}

    @Serdeable
    public record ScopedAssessment(long id, String title) {}

    /** An engagement as either side sees it. */
    @Serdeable
    public record Engagement(
            long id,
            TenantRef company,
            TenantRef consultancy,
            EngagementStatus status,
            boolean allAssessments,
            boolean contribute,
            List<ScopedAssessment> assessments,
            Instant grantedAt,
            @Nullable Instant acceptedAt,
            @Nullable Instant endedAt) {}

    @Serdeable
    public record Consultancy(
            String alias, String name, @Nullable String country) {}

    /**
     * A client in a consultant's portfolio; {@code clientId} is the engagement's id; {@code plan}: the progress of
     * the client's action plan (zeros when it has none); {@code contribute}: the consultancy may propose actions.
     */
    @Serdeable
    public record Client(
            long clientId, TenantRef company, @Nullable ClosedResult latest, PlanCounts plan, boolean contribute) {}

    @Serdeable
    public record Portfolio(List<Client> clients, String sort, String order) {}

    /** One client's value in a compared row and its differences to the first client and to the benchmark median. */
    @Serdeable
    public record ComparedValue(
            long clientId,
            @Nullable Double score,
            @Nullable Double deltaToFirst,
            @Nullable Double deltaToMedian) {}

    /** A row of the comparison: {@code key} is a dimension key, or {@code overall}. */
    @Serdeable
    public record ComparedRow(String key, @Nullable Double median, List<ComparedValue> values) {}

    @Serdeable
    public record Comparison(
            List<Client> clients,
            List<ComparedRow> rows,
            @Nullable SegmentStats benchmark) {}

    /**
     * A client's visible closed results over time and, per result, the client's actions done since the previous one
     * (the plan's loop, as the client's admins see it on their history).
     */
    @Serdeable
    public record ClientTrend(long clientId, TenantRef company, History history, List<AssessmentLoop> loops) {}

    /**
     * An active engagement as another feature needs it to serve a consultant: whose client, whether the consultancy
     * may contribute, and the closed results it may see (oldest first).
     */
    public record ClientAccess(
            long clientId,
            long companyTenantId,
            long consultancyTenantId,
            TenantRef company,
            TenantRef consultancy,
            boolean contribute,
            List<VisibleResult> results) {}

    /** A closed result of a client that its consultancy may see, and the framework version it was taken with. */
    public record VisibleResult(long assessmentId, String title, String frameworkKey, int frameworkVersion) {}
}
