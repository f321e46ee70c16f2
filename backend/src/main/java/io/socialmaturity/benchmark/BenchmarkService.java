package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.assessment.AssessmentViews.CycleLink;
import io.socialmaturity.benchmark.BenchmarkViews.AssessmentBenchmark;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionPoint;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionPosition;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionStats;
import io.socialmaturity.benchmark.BenchmarkViews.FigurePoint;
import io.socialmaturity.benchmark.BenchmarkViews.History;
import io.socialmaturity.benchmark.BenchmarkViews.Kind;
import io.socialmaturity.benchmark.BenchmarkViews.Position;
import io.socialmaturity.benchmark.BenchmarkViews.ReferenceFigure;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentPlacement;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import io.socialmaturity.benchmark.BenchmarkViews.SeriesLink;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.DimensionResult;
import io.socialmaturity.scoring.FigurePlacement;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark feature's public face: closed results over time (history, portfolio, comparison) and
 * anonymous statistics per framework version and segment.
 *
 * <p>How the statistics stay correct: the population holds, per framework version, each COMPANY once,
 * with its latest closed assessment of that version. When an assessment closes ({@link #recordClosed},
 * in the closing transaction) the company's member rows are replaced and the statistics of every
 * segment it leaves or joins are recomputed from the population. Closes of the same version are
 * serialised by a row lock, and the recomputation reads the population with locking reads, so the last
 * close to commit has seen every member. {@link #rebuild} recomputes a version from the closed results
 * (repair, or after bulk loads).
 */
@Singleton
public class BenchmarkService {

    /** k-anonymity: no figure is computed from fewer companies. */
    public static final int MINIMUM_COMPANIES = 5;

    private final ClosedResultRepository results;
    private final BenchmarkRepository benchmark;
    private final FrameworkCatalog frameworks;
    private final AssessmentQueries assessments;
    private final Clock clock;

    BenchmarkService(
            ClosedResultRepository results,
            BenchmarkRepository benchmark,
            FrameworkCatalog frameworks,
            AssessmentQueries assessments,
            Clock clock) {
        this.results = results;
        this.benchmark = benchmark;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- maintenance

    /** Indexes a closed assessment and updates the benchmark population; joins the caller's transaction. */
    @Transactional
    public void recordClosed(
            Tenant tenant,
            long assessmentId,
            String title,
            long frameworkVersionId,
            Instant closedAt,
            AssessmentResult result) {
        String industry = blank(tenant.industry());
        String sizeBand = blank(tenant.sizeBand());
        String country = blank(tenant.country());
        results.insert(
                tenant.id(),
                assessmentId,
                title,
                frameworkVersionId,
                closedAt,
                result.overall().score(),
                result.overall().level(),
                result.overall().sociallyEnabled(),
                result.respondentCount(),
                industry,
                sizeBand,
                country);
        for (DimensionResult d : result.dimensions()) {
            results.insertDimension(
                    tenant.id(), assessmentId, d.key(), d.all().score(), d.all().level());
        }
        for (FigurePlacement f : result.publishedFigures()) {
            results.insertFigure(
                    tenant.id(),
                    assessmentId,
                    f.figure().key(),
                    f.figure().question(),
                    f.figure().value(),
                    f.companyValue(),
                    f.sampleSize());
        }
        if (tenant.kind() != TenantKind.COMPANY) {
            return; // consultancies' own assessments are not part of the companies' benchmark
        }
        lock(frameworkVersionId);
        Optional<MemberSegment> before = benchmark.segmentOf(frameworkVersionId, tenant.id());
        benchmark.removeMember(frameworkVersionId, tenant.id());
        for (DimensionResult d : result.dimensions()) {
            if (d.all().score() != null) {
                benchmark.addMember(
                        frameworkVersionId,
                        tenant.id(),
                        d.key(),
                        assessmentId,
                        d.all().score(),
                        industry,
                        sizeBand,
                        country);
            }
        }
        Set<Segment> affected = new LinkedHashSet<>();
        affected.add(Segment.ALL);
        addSegments(affected, new MemberSegment(industry, sizeBand, country));
        before.ifPresent(b -> addSegments(affected, b));
        Instant at = Instant.now(clock);
        affected.forEach(s -> recompute(frameworkVersionId, s, at));
    }

    /** Recomputes the population and every segment's statistics of a framework version from the closed results. */
    @Transactional
    public void rebuild(long frameworkVersionId) {
        lock(frameworkVersionId);
        benchmark.clearMembers(frameworkVersionId);
        benchmark.rebuildMembers(frameworkVersionId);
        benchmark.clearVersion(frameworkVersionId);
        Instant at = Instant.now(clock);
        recompute(frameworkVersionId, Segment.ALL, at);
        benchmark
                .industries(frameworkVersionId)
                .forEach(v -> recompute(frameworkVersionId, new Segment(Segment.Type.INDUSTRY, v), at));
        benchmark
                .sizeBands(frameworkVersionId)
                .forEach(v -> recompute(frameworkVersionId, new Segment(Segment.Type.SIZE_BAND, v), at));
        benchmark
                .countries(frameworkVersionId)
                .forEach(v -> recompute(frameworkVersionId, new Segment(Segment.Type.COUNTRY, v), at));
    }

    private void lock(long frameworkVersionId) {
        benchmark.ensureVersionLock(frameworkVersionId);
        benchmark.lockVersion(frameworkVersionId);
    }

    private void recompute(long frameworkVersionId, Segment segment, Instant at) {
        List<MemberScore> scores = switch (segment.type()) {
            case ALL -> benchmark.scoresAll(frameworkVersionId);
            case INDUSTRY -> benchmark.scoresByIndustry(frameworkVersionId, segment.value());
            case SIZE_BAND -> benchmark.scoresBySizeBand(frameworkVersionId, segment.value());
            case COUNTRY -> benchmark.scoresByCountry(frameworkVersionId, segment.value());
        };
        Map<String, List<Double>> byDimension = new LinkedHashMap<>();
        for (MemberScore s : scores) {
            byDimension
                    .computeIfAbsent(s.dimensionKey(), k -> new ArrayList<>())
                    .add(s.score());
        }
        benchmark.clearSegment(frameworkVersionId, segment.type().name(), segment.value());
        byDimension.forEach((dimension, values) -> {
            double[] sorted =
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length >= MINIMUM_COMPANIES) {
                Quartiles q = Quartiles.of(sorted);
                benchmark.insertStat(
                        frameworkVersionId,
                        segment.type().name(),
                        segment.value(),
                        dimension,
                        sorted.length,
                        q.p25(),
                        q.median(),
                        q.p75(),
                        at);
            } else {
                benchmark.insertStat(
                        frameworkVersionId,
                        segment.type().name(),
                        segment.value(),
                        dimension,
                        sorted.length,
                        null,
                        null,
                        null,
                        at);
            }
        });
    }

    private static void addSegments(Set<Segment> into, MemberSegment m) {
        if (!m.industry().isEmpty()) {
            into.add(new Segment(Segment.Type.INDUSTRY, m.industry()));
        }
        if (!m.sizeBand().isEmpty()) {
            into.add(new Segment(Segment.Type.SIZE_BAND, m.sizeBand()));
        }
        if (!m.country().isEmpty()) {
            into.add(new Segment(Segment.Type.COUNTRY, m.country()));
        }
    }

    // ---------------------------------------------------------------- statistics

    /** Statistics of a segment for a framework version, one entry per dimension in framework order. */
    @Transactional
    public SegmentStats statistics(long frameworkVersionId, Segment segment) {
        PublishedFramework framework = frameworks.byId(frameworkVersionId);
        Map<String, BenchmarkStatRecord> stored =
                benchmark.stats(frameworkVersionId, segment.type().name(), segment.value()).stream()
                        .collect(Collectors.toMap(r -> r.key().dimensionKey(), r -> r));
        List<DimensionStats> dimensions = new ArrayList<>();
        for (Dimension d : framework.definition().dimensions()) {
            BenchmarkStatRecord r = stored.get(d.key());
            if (r == null || r.companyCount() < MINIMUM_COMPANIES || r.median() == null) {
                dimensions.add(new DimensionStats(d.key(), false, null, null, null, null));
            } else {
                dimensions.add(new DimensionStats(d.key(), true, r.companyCount(), r.p25(), r.median(), r.p75()));
            }
        }
        return new SegmentStats(segment, framework.key(), framework.version(), MINIMUM_COMPANIES, dimensions);
    }

    /** The company's segments (population first) for one of its closed assessments, empty if it is not closed. */
    @Transactional
    public Optional<ClosedFacts> closedFacts(long tenantId, long assessmentId) {
        return results.find(tenantId, assessmentId).map(r -> {
            List<Segment> segments = new ArrayList<>();
            segments.add(Segment.ALL);
            Set<Segment> own = new LinkedHashSet<>();
            addSegments(own, new MemberSegment(r.industry(), r.sizeBand(), r.country()));
            segments.addAll(own);
            Map<String, Double> scores = new LinkedHashMap<>();
            results.dimensionsOf(List.of(tenantId), List.of(assessmentId))
                    .forEach(d -> scores.put(d.key().dimensionKey(), d.score()));
            return new ClosedFacts(r.frameworkVersionId(), segments, scores);
        });
    }

    /**
     * A closed assessment placed against the population and the company's own segments (industry, size band,
     * country, as they were when it closed): each segment's quartiles per dimension and where the company's
     * score falls. Below {@link #MINIMUM_COMPANIES} companies a dimension has no figure and no position.
     * Empty if the tenant has no such closed assessment.
     */
    @Transactional
    public Optional<AssessmentBenchmark> placement(long tenantId, long assessmentId) {
        return closedFacts(tenantId, assessmentId).map(facts -> {
            List<SegmentPlacement> segments = new ArrayList<>();
            for (Segment segment : facts.segments()) {
                SegmentStats stats = statistics(facts.frameworkVersionId(), segment);
                List<DimensionPosition> positions = stats.dimensions().stream()
                        .map(d -> new DimensionPosition(
                                d.key(),
                                facts.scores().get(d.key()),
                                position(facts.scores().get(d.key()), d)))
                        .toList();
                segments.add(new SegmentPlacement(stats, positions));
            }
            return new AssessmentBenchmark(assessmentId, segments);
        });
    }

    /** The quarter of the segment a score falls in; null without a score or below the minimum of companies. */
    @Nullable
    public static Position position(@Nullable Double score, DimensionStats d) {
        if (score == null || !d.enoughData()) {
            return null;
        }
        if (score < d.p25()) {
            return Position.BOTTOM_QUARTER;
        }
        if (score < d.median()) {
            return Position.LOWER_MIDDLE;
        }
        if (score < d.p75()) {
            return Position.UPPER_MIDDLE;
        }
        return Position.TOP_QUARTER;
    }

    /** What {@link #closedFacts} returns: framework version, segments and dimension scores. */
    public record ClosedFacts(long frameworkVersionId, List<Segment> segments, Map<String, Double> scores) {}

    // ---------------------------------------------------------------- closed results

    /**
     * A tenant's closed results over time, oldest first: full assessments and pulses, each with the change per
     * dimension from the previous one of the same framework, its published-figure points and its place in a
     * recurring series; and the pulse framework's published figures as reference lines.
     *
     * @param visible the assessments that may be shown, or null for all of them
     */
    @Transactional
    public History history(long tenantId, @Nullable Set<Long> visible) {
        List<ClosedResultRecord> rows = results.history(tenantId).stream()
                .filter(r -> visible == null || visible.contains(r.assessmentId()))
                .toList();
        Set<Long> shown = rows.stream().map(ClosedResultRecord::assessmentId).collect(Collectors.toSet());
        Map<Long, Map<String, ClosedDimensionRecord>> dims = new HashMap<>();
        for (ClosedDimensionRecord d : results.dimensions(tenantId)) {
            dims.computeIfAbsent(d.key().assessmentId(), k -> new HashMap<>())
                    .put(d.key().dimensionKey(), d);
        }
        Map<Long, List<FigurePoint>> figures = new HashMap<>();
        for (ClosedFigureRecord f : results.figures(tenantId)) {
            figures.computeIfAbsent(f.key().assessmentId(), k -> new ArrayList<>())
                    .add(new FigurePoint(f.key().figureKey(), f.questionKey(), f.companyValue(), f.sampleSize()));
        }
        Map<Long, CycleLink> links = assessments.cycleLinks(tenantId);
        List<ClosedResult> out = new ArrayList<>();
        Map<String, ClosedResult> previousOfFramework = new HashMap<>();
        for (ClosedResultRecord r : rows) {
            String frameworkKey = frameworks.byId(r.frameworkVersionId()).key();
            ClosedResult current = view(
                    r,
                    dims.getOrDefault(r.assessmentId(), Map.of()),
                    previousOfFramework.get(frameworkKey),
                    figures.getOrDefault(r.assessmentId(), List.of()),
                    series(links.get(r.assessmentId()), shown));
            out.add(current);
            previousOfFramework.put(frameworkKey, current);
        }
        return new History(out, references());
    }

    /** The series link, naming only neighbours that are in the same list (a consultant may see only some). */
    @Nullable
    private static SeriesLink series(@Nullable CycleLink link, Set<Long> shown) {
        if (link == null) {
            return null;
        }
        return new SeriesLink(
                link.seriesId(),
                link.previousId() != null && shown.contains(link.previousId()) ? link.previousId() : null,
                link.nextId() != null && shown.contains(link.nextId()) ? link.nextId() : null);
    }

    /** The published figures of the latest pulse framework: the reference lines of the trend. */
    private List<ReferenceFigure> references() {
        return frameworks.latest(FrameworkCatalog.PULSE_FRAMEWORK).stream()
                .flatMap(f -> f.definition().publishedFigures().stream())
                .map(p -> new ReferenceFigure(
                        p.key(),
                        p.question(),
                        p.population().key(),
                        p.value(),
                        p.source().year(),
                        p.source().publisher(),
                        p.source().title()))
                .toList();
    }

    /**
     * The latest visible closed result of each tenant.
     *
     * @param visibility per tenant id, the assessments that may be shown, or null for all of them
     */
    @Transactional
    public Map<Long, ClosedResult> latest(Map<Long, Set<Long>> visibility) {
        if (visibility.isEmpty()) {
            return Map.of();
        }
        Map<Long, ClosedResultRecord> latest = new LinkedHashMap<>();
        for (ClosedResultRecord r : results.ofTenants(visibility.keySet())) {
            Set<Long> visible = visibility.get(r.tenantId());
            if (!latest.containsKey(r.tenantId())
                    && (visible == null || visible.contains(r.assessmentId()))
                    && !isPulse(r.frameworkVersionId())) {
                latest.put(r.tenantId(), r); // rows come newest first per tenant
            }
        }
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, ClosedDimensionRecord>> dims = new HashMap<>();
        Collection<Long> assessmentIds =
                latest.values().stream().map(ClosedResultRecord::assessmentId).toList();
        for (ClosedDimensionRecord d : results.dimensionsOf(latest.keySet(), assessmentIds)) {
            ClosedResultRecord owner = latest.get(d.key().tenantId());
            if (owner != null && owner.assessmentId() == d.key().assessmentId()) {
                dims.computeIfAbsent(d.key().tenantId(), k -> new HashMap<>())
                        .put(d.key().dimensionKey(), d);
            }
        }
        Map<Long, ClosedResult> out = new LinkedHashMap<>();
        latest.forEach((tenantId, r) ->
                out.put(tenantId, view(r, dims.getOrDefault(tenantId, Map.of()), null, List.of(), null)));
        return out;
    }

    /** A pulse is not a client's latest result in the portfolio: it has the pulse's one dimension, not the framework's. */
    private boolean isPulse(long frameworkVersionId) {
        return frameworks.byId(frameworkVersionId).key().equals(FrameworkCatalog.PULSE_FRAMEWORK);
    }

    private ClosedResult view(
            ClosedResultRecord r,
            Map<String, ClosedDimensionRecord> dims,
            @Nullable ClosedResult previous,
            List<FigurePoint> figures,
            @Nullable SeriesLink series) {
        PublishedFramework framework = frameworks.byId(r.frameworkVersionId());
        Map<String, Double> before = previous == null
                ? Map.of()
                : previous.dimensions().stream()
                        .filter(p -> p.score() != null)
                        .collect(Collectors.toMap(DimensionPoint::key, DimensionPoint::score));
        List<DimensionPoint> points = new ArrayList<>();
        for (Dimension d : framework.definition().dimensions()) {
            ClosedDimensionRecord c = dims.get(d.key());
            Double score = c == null ? null : c.score();
            points.add(new DimensionPoint(
                    d.key(), score, c == null ? null : c.level(), change(score, before.get(d.key()))));
        }
        Double overallChange = previous == null ? null : change(r.overallScore(), previous.overallScore());
        return new ClosedResult(
                r.assessmentId(),
                r.title(),
                framework.key(),
                framework.version(),
                r.closedAt(),
                r.overallScore(),
                r.overallLevel(),
                overallChange,
                r.sociallyEnabled(),
                r.respondentCount(),
                points,
                framework.key().equals(FrameworkCatalog.PULSE_FRAMEWORK) ? Kind.PULSE : Kind.FULL,
                figures,
                series);
    }

    @Nullable
    static Double change(@Nullable Double now, @Nullable Double before) {
        if (now == null || before == null) {
            return null;
        }
        return Math.round((now - before) * 100d) / 100d;
    }

    /** The framework version id of a key and version, if published. */
    public Optional<Long> frameworkVersionId(String key, int version) {
        return frameworks.find(key, version).map(PublishedFramework::id);
    }

    private static String blank(@Nullable String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
