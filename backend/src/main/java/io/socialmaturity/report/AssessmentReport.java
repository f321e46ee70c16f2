package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.actions.ActionViews;
import io.socialmaturity.actions.ActionViews.ActionPlan;
import io.socialmaturity.actions.ActionViews.AssessmentLoop;
import io.socialmaturity.actions.ActionViews.DimensionLoop;
import io.socialmaturity.actions.ActionViews.DoneAction;
import io.socialmaturity.actions.ActionViews.Owner;
import io.socialmaturity.actions.ActionViews.Progress;
import io.socialmaturity.assessment.ReportSources.AssessmentReportSource;
import io.socialmaturity.benchmark.BenchmarkService;
import io.socialmaturity.benchmark.BenchmarkViews.AssessmentBenchmark;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionStats;
import io.socialmaturity.benchmark.BenchmarkViews.Position;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentPlacement;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import io.socialmaturity.benchmark.Segment;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.LocalizedText;
import io.socialmaturity.framework.definition.MaturityLevel;
import io.socialmaturity.framework.definition.PublishedFigure;
import io.socialmaturity.results.ResultDisplay;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.BreakdownPrivacy;
import io.socialmaturity.scoring.DimensionGap;
import io.socialmaturity.scoring.DimensionResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the assessment report template shows, already localised and formatted: the template only lays
 * it out. Built from the result snapshot and the pinned framework version, so a report of a closed assessment
 * always says the same thing.
 */
record AssessmentReport(
        String lang,
        String company,
        String title,
        String framework,
        int frameworkVersion,
        String closedOn,
        int respondents,
        String respondentsByFunction,
        Summary summary,
        String radarSvg,
        List<DimensionRow> dimensions,
        List<FigureRow> figures,
        List<String> sources,
        List<LevelRow> levels,
        @Nullable Benchmark benchmark,
        boolean anonymous,
        @Nullable Plan plan) {

    /** The executive summary. */
    /** {@code state}: ENABLED, NOT_ENABLED or INSUFFICIENT (no verdict yet), as on the results page. */
    record Summary(
            String state,
            String verdict,
            String why,
            String level,
            String levelDescription,
            String score,
            String coverage,
            String weakest,
            @Nullable String alignmentIndex,
            String alignmentNote,
            int threshold,
            String privacyRule) {}

    record DimensionRow(
            String key,
            String name,
            String description,
            boolean businessArea,
            String score,
            String level,
            String levelDescription,
            String coverage,
            String target,
            String gap,
            @Nullable String gate,
            boolean met,
            boolean unscored,
            String spread,
            @Nullable String marketing,
            @Nullable String it,
            @Nullable String marketingMinusIt,
            @Nullable String alignmentIndex,
            String alignmentNote,
            List<Action> actions) {}

    record Action(int rank, String title, String text, String step) {}

    /** A published figure placed; {@code sourceRef} numbers its source in {@code sources} (1-based). */
    record FigureRow(
            String text,
            String published,
            String company,
            String difference,
            String assessment,
            String basis,
            int sourceRef) {}

    record LevelRow(int level, String name, String scoreBand, String description) {}

    /**
     * The company against other companies that closed an assessment of the same framework version: the
     * population and the company's own segments. {@code radarSvg} (company vs population median) is there only
     * when every dimension of the population has enough companies.
     */
    record Benchmark(
            int minimumCompanies,
            List<BenchmarkSegment> segments,
            @Nullable String radarSvg) {}

    /** One segment; with {@code enoughData} false no figure of it is shown at all, only {@code note}. */
    record BenchmarkSegment(String name, boolean enoughData, String note, List<BenchmarkRow> rows) {}

    /** A dimension of a segment; the figures are null below the minimum of companies. */
    record BenchmarkRow(
            String dimension,
            String score,
            boolean enoughData,
            @Nullable String companies,
            @Nullable String p25,
            @Nullable String median,
            @Nullable String p75,
            String position) {}

    /**
     * The company's action plan (only in a tenant admin's report): its progress, each dimension's actions done since
     * the previous closed assessment beside the score change, and the open actions (overdue first, at most
     * {@value #OPEN_ACTIONS_SHOWN}; {@code moreOpen} counts the rest).
     */
    record Plan(String progress, @Nullable String loopIntro, List<LoopRow> loop, List<PlanRow> open, int moreOpen) {}

    /** "3 actions done, +12 points" for one dimension, with the titles of those actions. */
    record LoopRow(String dimension, String summary, String done, boolean targetMet) {}

    /** An open action of the plan. */
    record PlanRow(String title, String dimension, String owners, String due, String status, boolean overdue) {}

    static final int OPEN_ACTIONS_SHOWN = 25;

    static final String SCORE_COLOUR = "#1d6fb8";
    static final String TARGET_COLOUR = "#d97706";

    static final String MEDIAN_COLOUR = "#52606d";

    static AssessmentReport of(
            AssessmentReportSource source,
            String company,
            Locale locale,
            @Nullable AssessmentBenchmark benchmark,
            BreakdownPrivacy privacy,
            @Nullable ActionPlan plan,
            @Nullable AssessmentLoop loop) {
        String lang = locale.getLanguage();
        FrameworkDefinition def = source.framework().definition();
        AssessmentResult result = source.results().result();
        Format fmt = new Format(locale);

        Map<String, Long> byFunction = result.respondents().stream()
                .collect(Collectors.groupingBy(r -> r.function().key(), LinkedHashMap::new, Collectors.counting()));
        String functions = byFunction.entrySet().stream()
                .map(e -> e.getValue() + " " + msg(locale, "function." + e.getKey()))
                .collect(Collectors.joining(", "));

        // The reader's privacy rule, as on their results page; every figure and text the PDF shares with that page
        // comes from ResultDisplay, the page's own source, so the reader's screen and paper say the same.
        BreakdownPrivacy.Disclosed disclosed = privacy.apply(result);
        ResultDisplay.Display shown = ResultDisplay.of(disclosed, def, locale);
        Map<String, ResultDisplay.GapLine> gapLines =
                shown.gap().dimensions().stream().collect(Collectors.toMap(ResultDisplay.GapLine::dimension, g -> g));
        Map<String, DimensionGap> gaps = disclosed.result().perceptionGap().dimensions().stream()
                .collect(Collectors.toMap(DimensionGap::dimension, g -> g));

        List<DimensionRow> dimensions = new ArrayList<>();
        for (ResultDisplay.DimensionLine line : shown.dimensions()) {
            DimensionResult d = result.dimension(line.key());
            Dimension dim = def.dimension(d.key()).orElseThrow();
            DimensionGap gap = gaps.get(d.key());
            ResultDisplay.GapLine gapLine = gapLines.get(d.key());
            Integer level = d.all().level();
            List<Action> actions = shown.roadmap().stream()
                    .filter(r -> r.dimension().equals(d.key()))
                    .map(r -> new Action(
                            r.rank(),
                            r.title(),
                            r.text(),
                            r.target() == null ? r.step() : r.step() + " · " + r.target()))
                    .toList();
            dimensions.add(new DimensionRow(
                    d.key(),
                    line.name(),
                    t(dim.description(), lang),
                    d.businessArea(),
                    line.score(),
                    line.level(),
                    level == null ? msg(locale, "dimension.unscored") : line.levelDescription(),
                    line.coverage(),
                    line.target(),
                    line.gap(),
                    line.gate(),
                    d.target().met(),
                    level == null,
                    line.spread(),
                    gap == null ? null : marked(gapLine.marketing(), gapLine.marketingSingle(), shown),
                    gap == null ? null : marked(gapLine.it(), gapLine.itSingle(), shown),
                    gap == null ? null : gapLine.gap(),
                    gap == null ? null : marked(gapLine.alignmentIndex(), gapLine.alignmentSingle(), shown),
                    gapLine == null ? msg(locale, "gap.needsBoth") : gapLine.note(),
                    actions));
        }

        Summary summary = new Summary(
                shown.verdict().state(),
                shown.verdict().headline(),
                shown.verdict().explanation(),
                shown.overall().level(),
                shown.overall().levelDescription(),
                shown.overall().score(),
                shown.overall().coverage(),
                shown.overall().weakest(),
                disclosed.result().perceptionGap().alignmentIndex() == null
                        ? null
                        : marked(shown.gap().alignmentIndex(), shown.gap().alignmentSingle(), shown),
                shown.gap().alignmentNote(),
                result.overall().sociallyEnabledLevel(),
                shown.privacyRule());

        List<String> labels = dimensions.stream().map(DimensionRow::name).toList();
        List<Double> scores =
                result.dimensions().stream().map(d -> d.all().score()).toList();
        List<Double> targets = result.dimensions().stream()
                .map(d -> def.level(d.target().targetLevel())
                        .map(MaturityLevel::from)
                        .orElse(null))
                .toList();
        String radar = RadarChart.svg(
                labels,
                List.of(
                        new RadarChart.Series(targets, TARGET_COLOUR, "#ffffff", true),
                        new RadarChart.Series(scores, SCORE_COLOUR, SCORE_COLOUR, false)),
                135);

        List<FigureRow> figures = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < shown.figures().size(); i++) {
            ResultDisplay.FigureLine line = shown.figures().get(i);
            PublishedFigure.Source s = result.publishedFigures().get(i).figure().source();
            String sourceText = s.publisher() + ", “" + s.title() + "” (" + s.year() + "); "
                    + msg(locale, "figures.sample") + ": " + s.sample()
                    + (s.reportedIn() == null || s.reportedIn().isBlank()
                            ? ""
                            : "; " + msg(locale, "figures.reportedIn") + " " + s.reportedIn());
            figures.add(new FigureRow(
                    line.text(),
                    line.published(),
                    marked(line.company(), line.single(), shown),
                    line.difference(),
                    line.assessment(),
                    line.basis(),
                    sourceRef(sources, sourceText)));
        }

        List<LevelRow> levels = def.levels().stream()
                .map(l -> new LevelRow(
                        l.level(),
                        t(l.name(), lang),
                        fmt.number(l.from(), 0) + "–" + fmt.number(l.to(), 0),
                        t(l.description(), lang)))
                .toList();

        return new AssessmentReport(
                lang,
                company,
                source.title(),
                t(def.title(), lang),
                def.version(),
                fmt.date(
                        source.closedAt() != null
                                ? source.closedAt()
                                : source.results().computedAt()),
                result.respondentCount(),
                functions,
                summary,
                radar,
                dimensions,
                figures,
                sources,
                levels,
                benchmark == null ? null : benchmark(benchmark, def, result, fmt, locale),
                source.results().anonymous(),
                plan == null ? null : plan(plan, loop, fmt, locale));
    }

    private static Plan plan(ActionPlan plan, @Nullable AssessmentLoop loop, Format fmt, Locale locale) {
        Progress p = plan.progress();
        String progress = msg(locale, "plan.progress", p.done(), p.total(), p.overdue(), p.dropped());
        List<LoopRow> rows = new ArrayList<>();
        String loopIntro = null;
        if (loop != null) {
            loopIntro = loop.previousClosedAt() == null
                    ? msg(locale, "plan.loop.first")
                    : msg(locale, "plan.loop.since", fmt.date(loop.previousClosedAt()));
            for (DimensionLoop d : loop.dimensions()) {
                String done =
                        msg(locale, d.actionsDone() == 1 ? "plan.loop.doneOne" : "plan.loop.doneMany", d.actionsDone());
                String summary = d.change() == null
                        ? done
                        : msg(locale, "plan.loop.doneAndChange", done, fmt.signed(d.change()));
                rows.add(new LoopRow(
                        d.dimensionName(),
                        summary,
                        d.done().stream().map(DoneAction::title).collect(Collectors.joining("; ")),
                        d.targetMet()));
            }
        }
        List<ActionViews.Action> open = plan.items().stream()
                .filter(a -> !a.status().closed())
                .sorted(Comparator.comparing((ActionViews.Action a) -> !a.overdue())
                        .thenComparing(a -> a.dueDate() == null ? LocalDate.MAX : a.dueDate())
                        .thenComparing(ActionViews.Action::id))
                .toList();
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<PlanRow> shown = open.stream()
                .limit(OPEN_ACTIONS_SHOWN)
                .map(a -> new PlanRow(
                        a.title(),
                        a.dimensionName(),
                        a.owners().isEmpty()
                                ? msg(locale, "value.none")
                                : a.owners().stream().map(Owner::displayName).collect(Collectors.joining(", ")),
                        a.dueDate() == null ? msg(locale, "value.none") : day.format(a.dueDate()),
                        msg(locale, "plan.status." + a.status().name()),
                        a.overdue()))
                .toList();
        return new Plan(progress, loopIntro, rows, shown, Math.max(0, open.size() - shown.size()));
    }

    private static Benchmark benchmark(
            AssessmentBenchmark placement,
            FrameworkDefinition def,
            AssessmentResult result,
            Format fmt,
            Locale locale) {
        String lang = locale.getLanguage();
        Map<String, Double> scores = new LinkedHashMap<>();
        result.dimensions().forEach(d -> scores.put(d.key(), d.all().score()));
        List<BenchmarkSegment> segments = new ArrayList<>();
        String radar = null;
        int minimum = BenchmarkService.MINIMUM_COMPANIES;
        for (SegmentPlacement p : placement.segments()) {
            SegmentStats stats = p.stats();
            minimum = stats.minimumCompanies();
            Map<String, Position> positions = new LinkedHashMap<>();
            p.positions().forEach(x -> positions.put(x.key(), x.position()));
            boolean any = stats.dimensions().stream().anyMatch(DimensionStats::enoughData);
            List<BenchmarkRow> rows = new ArrayList<>();
            if (any) {
                for (DimensionStats d : stats.dimensions()) {
                    String name =
                            def.dimension(d.key()).map(x -> t(x.name(), lang)).orElse(d.key());
                    Position position = positions.get(d.key());
                    rows.add(new BenchmarkRow(
                            name,
                            fmt.number(scores.get(d.key()), 1),
                            d.enoughData(),
                            d.enoughData() ? String.valueOf(d.companies()) : null,
                            d.enoughData() ? fmt.numberOrNull(d.p25(), 1) : null,
                            d.enoughData() ? fmt.numberOrNull(d.median(), 1) : null,
                            d.enoughData() ? fmt.numberOrNull(d.p75(), 1) : null,
                            !d.enoughData()
                                    ? msg(locale, "benchmark.notEnoughShort")
                                    : position == null
                                            ? msg(locale, "value.none")
                                            : msg(locale, "benchmark.position." + position.name())));
                }
            }
            Segment segment = stats.segment();
            String name = segment.type() == Segment.Type.ALL
                    ? msg(locale, "benchmark.segment.ALL")
                    : msg(locale, "benchmark.segment." + segment.type().name(), segment.value());
            segments.add(new BenchmarkSegment(
                    name,
                    any,
                    any
                            ? msg(locale, "benchmark.basis", stats.minimumCompanies())
                            : msg(locale, "benchmark.notEnough", stats.minimumCompanies()),
                    rows));
            boolean complete = stats.dimensions().stream().allMatch(DimensionStats::enoughData);
            if (segment.type() == Segment.Type.ALL
                    && complete
                    && stats.dimensions().size() >= 3) {
                List<String> labels = stats.dimensions().stream()
                        .map(d -> def.dimension(d.key())
                                .map(x -> t(x.name(), lang))
                                .orElse(d.key()))
                        .toList();
                radar = RadarChart.svg(
                        labels,
                        List.of(
                                new RadarChart.Series(
                                        stats.dimensions().stream()
                                                .map(DimensionStats::median)
                                                .toList(),
                                        MEDIAN_COLOUR,
                                        "#ffffff",
                                        true),
                                new RadarChart.Series(
                                        stats.dimensions().stream()
                                                .map(d -> scores.get(d.key()))
                                                .toList(),
                                        SCORE_COLOUR,
                                        SCORE_COLOUR,
                                        false)),
                        120);
            }
        }
        return new Benchmark(minimum, segments, radar);
    }

    /** A figure resting on one respondent of its function carries the results page's mark, in words. */
    private static String marked(String value, boolean single, ResultDisplay.Display shown) {
        return single ? value + " (" + shown.singleMark() + ")" : value;
    }

    private static int sourceRef(List<String> sources, String source) {
        int at = sources.indexOf(source);
        if (at < 0) {
            sources.add(source);
            return sources.size();
        }
        return at + 1;
    }

    private static String t(LocalizedText text, String lang) {
        return Optional.ofNullable(text.get(lang, "en")).orElse("");
    }

    private static String msg(Locale locale, String key, Object... args) {
        return ReportMessages.text(locale, key, args);
    }

    /** Numbers, percentages and dates the way the report's language writes them. */
    static final class Format {
        private final Locale locale;

        Format(Locale locale) {
            this.locale = locale;
        }

        String number(@Nullable Double value, int decimals) {
            return value == null ? ReportMessages.text(locale, "value.none") : numberOrNull(value, decimals);
        }

        @Nullable
        String numberOrNull(@Nullable Double value, int decimals) {
            if (value == null) {
                return null;
            }
            return ResultDisplay.number(value, decimals, locale); // the results page's rounding and notation
        }

        String percent(double share) {
            return number(share * 100, 0) + "%";
        }

        @Nullable
        String signed(@Nullable Double value) {
            if (value == null) {
                return null;
            }
            String n = numberOrNull(Math.abs(value), 1);
            return value > 0.0001 ? "+" + n : value < -0.0001 ? "−" + n : n;
        }

        String date(Instant at) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(at.atZone(ZoneOffset.UTC).toLocalDate());
        }
    }
}
