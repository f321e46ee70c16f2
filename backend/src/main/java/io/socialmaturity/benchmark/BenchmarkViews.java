package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Response records of the benchmark feature (history, closed results, statistics). */
public final class BenchmarkViews {

    private BenchmarkViews() {}

    /** One dimension of a closed result; {@code change} is the difference to the previous closed result shown. */
    @Serdeable
    public record DimensionPoint(
            String key,
            @Nullable Double score,
            @Nullable Integer level,
            @Nullable Double change) {}

    /** A full assessment (the maturity framework) or a pulse (the short collaboration pulse between them). */
    public enum Kind {
        FULL,
        PULSE
    }

    /**
     * A closed assessment's share of respondents matching a published figure (e.g. IT and marketing collaborate
     * frequently), from the functions the figure compares with; null when none of them answered.
     */
    @Serdeable
    public record FigurePoint(
            String key, String question, @Nullable Double companyValue, int sampleSize) {}

    /**
     * A published figure drawn as a reference line (the 2013 studies): its value, who was asked, on which question.
     */
    @Serdeable
    public record ReferenceFigure(
            String key, String question, String population, double value, int year, String publisher, String study) {}

    /** The recurring series a closed result belongs to, with the neighbours shown in the same list (else null). */
    @Serdeable
    public record SeriesLink(
            long seriesId,
            @Nullable Long previousId,
            @Nullable Long nextId) {}

    /**
     * A closed assessment's figures. {@code overallChange} and the dimensions' changes compare with the previous one
     * of the same kind and framework in the same list.
     */
    @Serdeable
    public record ClosedResult(
            long assessmentId,
            String title,
            String frameworkKey,
            int frameworkVersion,
            Instant closedAt,
            @Nullable Double overallScore,
            @Nullable Integer overallLevel,
            @Nullable Double overallChange,
            boolean sociallyEnabled,
            int respondentCount,
            List<DimensionPoint> dimensions,
            Kind kind,
            List<FigurePoint> figures,
            @Nullable SeriesLink series) {}

    /**
     * A company's closed results over time, oldest first (full assessments and pulses), with the pulse framework's
     * published figures as reference lines.
     */
    @Serdeable
    public record History(List<ClosedResult> results, List<ReferenceFigure> references) {}

    /**
     * Statistics of one dimension in one segment. Below {@code minimumCompanies} companies every figure is
     * null and {@code enoughData} false: nothing is computed from fewer companies.
     */
    @Serdeable
    public record DimensionStats(
            String key,
            boolean enoughData,
            @Nullable Integer companies,
            @Nullable Double p25,
            @Nullable Double median,
            @Nullable Double p75) {}

    @Serdeable
    public record SegmentStats(
            Segment segment,
            String frameworkKey,
            int frameworkVersion,
            int minimumCompanies,
            List<DimensionStats> dimensions) {}

    /** Where a company's dimension score sits in a segment. */
    public enum Position {
        BOTTOM_QUARTER,
        LOWER_MIDDLE,
        UPPER_MIDDLE,
        TOP_QUARTER
    }

    @Serdeable
    public record DimensionPosition(
            String key, @Nullable Double score, @Nullable Position position) {}

    @Serdeable
    public record SegmentPlacement(SegmentStats stats, List<DimensionPosition> positions) {}

    /** A closed assessment placed against the population and the company's own segments. */
    @Serdeable
    public record AssessmentBenchmark(long assessmentId, List<SegmentPlacement> segments) {}
}
