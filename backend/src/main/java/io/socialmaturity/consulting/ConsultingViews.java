package io.socialmaturity.consulting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
     * or empty) or only the listed assessments.
     */
    @Serdeable
    public record GrantAccess(
            @NotBlank @Size(max = 64) String consultancy,
            @Nullable @Size(max = 200) List<Long> assessmentIds) {}

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
            List<ScopedAssessment> assessments,
            Instant grantedAt,
            @Nullable Instant acceptedAt,
            @Nullable Instant endedAt) {}

    @Serdeable
    public record Consultancy(
            String alias, String name, @Nullable String country) {}

    /** A client in a consultant's portfolio; {@code clientId} is the engagement's id. */
    @Serdeable
    public record Client(
            long clientId, TenantRef company, @Nullable ClosedResult latest) {}

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

    @Serdeable
    public record ClientTrend(long clientId, TenantRef company, History history) {}
}
