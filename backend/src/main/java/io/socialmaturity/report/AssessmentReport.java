package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;
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
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.DimensionGap;
import io.socialmaturity.scoring.DimensionResult;
import io.socialmaturity.scoring.FigurePlacement;
import io.socialmaturity.scoring.OverallResult;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
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
        @Nullable Benchmark benchmark) {

    /** The executive summary. */
    record Summary(boolean sociallyEnabled, String verdict, String why, String level, String levelDescription,
                   String score, String coverage, String weakest, @Nullable String alignmentIndex,
                   String alignmentNote, int threshold) {
    }

    record DimensionRow(String key, String name, String description, boolean businessArea, String score,
                        String level, String levelDescription, String coverage, String target, String gap, boolean met,
                        boolean unscored, String spread, @Nullable String marketing, @Nullable String it,
                        @Nullable String marketingMinusIt, @Nullable String alignmentIndex, String alignmentNote,
                        List<Action> actions) {
    }

    record Action(int rank, String title, String text, String step) {
    }

    /** A published figure placed; {@code sourceRef} numbers its source in {@code sources} (1-based). */
    record FigureRow(String text, String published, String company, String difference, String assessment,
                     String basis, int sourceRef) {
    }

    record LevelRow(int level, String name, String scoreBand, String description) {
    }

    /**
     * The company against other companies that closed an assessment of the same framework version: the
     * population and the company's own segments. {@code radarSvg} (company vs population median) is there only
     * when every dimension of the population has enough companies.
     */
    record Benchmark(int minimumCompanies, List<BenchmarkSegment> segments, @Nullable String radarSvg) {
    }

    /** One segment; with {@code enoughData} false no figure of it is shown at all, only {@code note}. */
    record BenchmarkSegment(String name, boolean enoughData, String note, List<BenchmarkRow> rows) {
    }

    /** A dimension of a segment; the figures are null below the minimum of companies. */
    record BenchmarkRow(String dimension, String score, boolean enoughData, @Nullable String companies,
                        @Nullable String p25, @Nullable String median, @Nullable String p75, String position) {
    }

    static final String SCORE_COLOUR = "#1d6fb8";
    static final String TARGET_COLOUR = "#d97706";

    static final String MEDIAN_COLOUR = "#52606d";

    static AssessmentReport of(AssessmentReportSource source, String company, Locale locale,
                               @Nullable AssessmentBenchmark benchmark) {
        String lang = locale.getLanguage();
        FrameworkDefinition def = source.framework().definition();
        AssessmentResult result = source.results().result();
        Format fmt = new Format(locale);

        Map<String, Long> byFunction = result.respondents().stream()
                .collect(Collectors.groupingBy(r -> r.function().key(), LinkedHashMap::new, Collectors.counting()));
        String functions = byFunction.entrySet().stream()
                .map(e -> e.getValue() + " " + msg(locale, "function." + e.getKey()))
                .collect(Collectors.joining(", "));

        Map<String, DimensionGap> gaps = result.perceptionGap().dimensions().stream()
                .collect(Collectors.toMap(DimensionGap::dimension, g -> g));
        boolean bothViews = result.perceptionGap().marketingRespondents() > 0 && result.perceptionGap().itRespondents() > 0;

        List<DimensionRow> dimensions = new ArrayList<>();
        for (DimensionResult d : result.dimensions()) {
            Dimension dim = def.dimension(d.key()).orElseThrow();
            DimensionGap gap = gaps.get(d.key());
            Integer level = d.all().level();
            List<Action> actions = result.roadmap().stream().filter(r -> r.dimension().equals(d.key()))
                    .map(r -> new Action(r.rank(), t(r.recommendation().title(), lang), t(r.recommendation().text(), lang),
                            msg(locale, "dimension.step", levelName(def, r.fromLevel(), lang),
                                    levelName(def, r.fromLevel() + 1, lang), r.rank())))
                    .toList();
            String gapText = d.target().levelGap() == null ? msg(locale, "value.none")
                    : d.target().met() ? msg(locale, "dimension.met")
                    : msg(locale, "dimension.gapLevels", d.target().levelGap(), fmt.number(d.target().scoreGap(), 1));
            dimensions.add(new DimensionRow(d.key(), t(dim.name(), lang), t(dim.description(), lang), d.businessArea(),
                    fmt.number(d.all().score(), 1),
                    level == null ? msg(locale, "value.none") : levelLabel(def, level, lang),
                    level == null ? msg(locale, "dimension.unscored")
                            : def.level(level).map(l -> t(l.description(), lang)).orElse(""),
                    fmt.percent(d.all().coverage()),
                    levelLabel(def, d.target().targetLevel(), lang), gapText, d.target().met(), level == null,
                    d.all().respondentSpread() == null ? msg(locale, "value.none")
                            : msg(locale, "dimension.spreadText", d.all().respondentSpread().count(),
                                    fmt.number(d.all().respondentSpread().min(), 0),
                                    fmt.number(d.all().respondentSpread().max(), 0),
                                    fmt.number(d.all().respondentSpread().standardDeviation(), 1)),
                    gap == null ? null : fmt.numberOrNull(gap.marketing(), 1),
                    gap == null ? null : fmt.numberOrNull(gap.it(), 1),
                    gap == null ? null : fmt.signed(gap.gap()),
                    gap == null ? null : fmt.numberOrNull(gap.alignmentIndex(), 0),
                    !bothViews ? msg(locale, "gap.needsBoth")
                            : gap == null || gap.alignmentIndex() == null ? msg(locale, "gap.noCommonQuestion")
                            : msg(locale, "gap.compared", gap.comparedQuestions()),
                    actions));
        }

        OverallResult overall = result.overall();
        String weakest = overall.weakestAreas().stream()
                .map(k -> def.dimension(k).map(x -> t(x.name(), lang)).orElse(k)).collect(Collectors.joining(", "));
        String unscored = overall.unscoredAreas().stream()
                .map(k -> def.dimension(k).map(x -> t(x.name(), lang)).orElse(k)).collect(Collectors.joining(", "));
        String threshold = levelLabel(def, overall.sociallyEnabledLevel(), lang);
        String why;
        if (!overall.unscoredAreas().isEmpty()) {
            why = msg(locale, "summary.why.unscored", unscored);
        } else if (overall.sociallyEnabled()) {
            why = msg(locale, "summary.why.enabled", threshold, weakest);
        } else {
            why = msg(locale, "summary.why.notEnabled", weakest, levelLabel(def, overall.level(), lang), threshold,
                    overall.weakestAreas().size());
        }
        Double alignment = result.perceptionGap().alignmentIndex();
        Summary summary = new Summary(overall.sociallyEnabled(),
                msg(locale, overall.sociallyEnabled() ? "summary.enabled" : "summary.notEnabled"), why,
                overall.level() == null ? msg(locale, "value.none") : levelLabel(def, overall.level(), lang),
                overall.level() == null ? "" : def.level(overall.level()).map(l -> t(l.description(), lang)).orElse(""),
                fmt.number(overall.score(), 1), fmt.percent(overall.coverage()),
                weakest.isEmpty() ? msg(locale, "value.none") : weakest,
                fmt.numberOrNull(alignment, 0),
                alignment != null ? msg(locale, "summary.alignmentNote", result.perceptionGap().comparedQuestions(),
                        result.perceptionGap().marketingRespondents(), result.perceptionGap().itRespondents())
                        : msg(locale, "gap.needsBoth"),
                overall.sociallyEnabledLevel());

        List<String> labels = dimensions.stream().map(DimensionRow::name).toList();
        List<Double> scores = result.dimensions().stream().map(d -> d.all().score()).toList();
        List<Double> targets = result.dimensions().stream()
                .map(d -> def.level(d.target().targetLevel()).map(MaturityLevel::from).orElse(null)).toList();
        String radar = RadarChart.svg(labels, List.of(
                new RadarChart.Series(targets, TARGET_COLOUR, "#ffffff", true),
                new RadarChart.Series(scores, SCORE_COLOUR, SCORE_COLOUR, false)), 135);

        List<FigureRow> figures = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (FigurePlacement p : result.publishedFigures()) {
            PublishedFigure f = p.figure();
            PublishedFigure.Source s = f.source();
            String assessment;
            if (p.difference() == null) {
                assessment = msg(locale, "figures.noData");
            } else if (Math.abs(p.difference()) < 0.05) {
                assessment = msg(locale, "figures.same");
            } else {
                boolean better = (p.difference() > 0) == (f.better() == PublishedFigure.Direction.HIGHER);
                assessment = msg(locale, better ? "figures.better" : "figures.worse");
            }
            String sourceText = s.publisher() + ", “" + s.title() + "” (" + s.year() + "); "
                    + msg(locale, "figures.sample") + ": " + s.sample()
                    + (s.reportedIn() == null || s.reportedIn().isBlank() ? "" : "; " + msg(locale, "figures.reportedIn") + " " + s.reportedIn());
            figures.add(new FigureRow(t(f.text(), lang), fmt.number(f.value(), 0) + "%",
                    p.companyValue() == null ? msg(locale, "value.none") : fmt.number(p.companyValue(), 0) + "%",
                    p.difference() == null ? msg(locale, "value.none") : fmt.signed(p.difference()) + " pp",
                    assessment, msg(locale, "figures.basis", p.matching(), p.sampleSize(),
                            f.compareWith().stream().map(c -> msg(locale, "function." + c.key())).collect(Collectors.joining(", "))),
                    sourceRef(sources, sourceText)));
        }

        List<LevelRow> levels = def.levels().stream().map(l -> new LevelRow(l.level(), t(l.name(), lang),
                fmt.number(l.from(), 0) + "–" + fmt.number(l.to(), 0), t(l.description(), lang))).toList();

        return new AssessmentReport(lang, company, source.title(), t(def.title(), lang), def.version(),
                fmt.date(source.closedAt() != null ? source.closedAt() : source.results().computedAt()),
                result.respondentCount(), functions, summary, radar, dimensions, figures, sources, levels,
                benchmark == null ? null : benchmark(benchmark, def, result, fmt, locale));
    }

    private static Benchmark benchmark(AssessmentBenchmark placement, FrameworkDefinition def, AssessmentResult result,
                                       Format fmt, Locale locale) {
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
                    String name = def.dimension(d.key()).map(x -> t(x.name(), lang)).orElse(d.key());
                    Position position = positions.get(d.key());
                    rows.add(new BenchmarkRow(name, fmt.number(scores.get(d.key()), 1), d.enoughData(),
                            d.enoughData() ? String.valueOf(d.companies()) : null,
                            d.enoughData() ? fmt.numberOrNull(d.p25(), 1) : null,
                            d.enoughData() ? fmt.numberOrNull(d.median(), 1) : null,
                            d.enoughData() ? fmt.numberOrNull(d.p75(), 1) : null,
                            !d.enoughData() ? msg(locale, "benchmark.notEnoughShort")
                                    : position == null ? msg(locale, "value.none")
                                    : msg(locale, "benchmark.position." + position.name())));
                }
            }
            Segment segment = stats.segment();
            String name = segment.type() == Segment.Type.ALL ? msg(locale, "benchmark.segment.ALL")
                    : msg(locale, "benchmark.segment." + segment.type().name(), segment.value());
            segments.add(new BenchmarkSegment(name, any,
                    any ? msg(locale, "benchmark.basis", stats.minimumCompanies())
                            : msg(locale, "benchmark.notEnough", stats.minimumCompanies()),
                    rows));
            boolean complete = stats.dimensions().stream().allMatch(DimensionStats::enoughData);
            if (segment.type() == Segment.Type.ALL && complete && stats.dimensions().size() >= 3) {
                List<String> labels = stats.dimensions().stream()
                        .map(d -> def.dimension(d.key()).map(x -> t(x.name(), lang)).orElse(d.key())).toList();
                radar = RadarChart.svg(labels, List.of(
                        new RadarChart.Series(stats.dimensions().stream().map(DimensionStats::median).toList(),
                                MEDIAN_COLOUR, "#ffffff", true),
                        new RadarChart.Series(stats.dimensions().stream().map(d -> scores.get(d.key())).toList(),
                                SCORE_COLOUR, SCORE_COLOUR, false)), 120);
            }
        }
        return new Benchmark(minimum, segments, radar);
    }

    private static int sourceRef(List<String> sources, String source) {
        int at = sources.indexOf(source);
        if (at < 0) {
            sources.add(source);
            return sources.size();
        }
        return at + 1;
    }

    private static String levelLabel(FrameworkDefinition def, int level, String lang) {
        return level + " · " + levelName(def, level, lang);
    }

    private static String levelName(FrameworkDefinition def, int level, String lang) {
        return def.level(level).map(l -> t(l.name(), lang)).orElse(String.valueOf(level));
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
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            return f.format(value);
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
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(at.atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

}
