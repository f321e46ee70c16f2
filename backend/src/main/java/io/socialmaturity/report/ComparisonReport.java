package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import io.socialmaturity.benchmark.Segment;
import io.socialmaturity.consulting.ConsultingViews.Client;
import io.socialmaturity.consulting.ConsultingViews.ComparedRow;
import io.socialmaturity.consulting.ConsultingViews.ComparedValue;
import io.socialmaturity.consulting.ConsultingViews.Comparison;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the comparison report template shows, localised and formatted: a consultant's clients side by
 * side, made from the comparison API's own response (same clients, same numbers, same access rules).
 */
record ComparisonReport(
        String lang,
        String consultancy,
        String generatedOn,
        String segment,
        String benchmarkNote,
        List<ClientColumn> clients,
        @Nullable String radarSvg,
        boolean medianInRadar,
        boolean anyMedian,
        List<Row> rows) {

    /** A compared client: its position in the comparison (1 = the reference), colour and latest closed result. */
    record ClientColumn(
            int index,
            String name,
            String colour,
            boolean hasResult,
            String assessment,
            String closedOn,
            String framework,
            String overall) {}

    /** A dimension (or the overall score): the median of the segment and one cell per client. */
    record Row(String name, boolean overall, @Nullable String median, List<Cell> cells) {}

    /** A client's score in a row, its difference to the first client and to the median (null = not shown). */
    record Cell(
            String score,
            @Nullable String deltaToFirst,
            @Nullable String deltaToMedian) {}

    /** One colour per client, distinguishable in print; the median is drawn dashed in grey. */
    static final List<String> COLOURS = List.of(
            "#1d6fb8", "#d97706", "#2f855a", "#c53030", "#6b46c1", "#0f766e", "#b7791f", "#d53f8c", "#2c5282",
            "#718096");

    static ComparisonReport of(
            Comparison comparison,
            String consultancy,
            @Nullable PublishedFramework framework,
            Instant generatedAt,
            Locale locale) {
        String lang = locale.getLanguage();
        AssessmentReport.Format fmt = new AssessmentReport.Format(locale);
        FrameworkDefinition def = framework == null ? null : framework.definition();

        List<ClientColumn> clients = new ArrayList<>();
        for (int i = 0; i < comparison.clients().size(); i++) {
            Client c = comparison.clients().get(i);
            ClosedResult r = c.latest();
            clients.add(new ClientColumn(
                    i + 1,
                    c.company().name(),
                    COLOURS.get(i % COLOURS.size()),
                    r != null,
                    r == null ? msg(locale, "comparison.noResult") : r.title(),
                    r == null ? msg(locale, "value.none") : fmt.date(r.closedAt()),
                    r == null
                            ? msg(locale, "value.none")
                            : msg(
                                    locale,
                                    "cover.frameworkValue",
                                    framework != null && framework.key().equals(r.frameworkKey())
                                            ? Optional.ofNullable(def.title().get(lang, "en"))
                                                    .orElse(r.frameworkKey())
                                            : r.frameworkKey(),
                                    r.frameworkVersion()),
                    r == null ? msg(locale, "value.none") : fmt.number(r.overallScore(), 1)));
        }

        List<Row> rows = new ArrayList<>();
        for (ComparedRow row : comparison.rows()) {
            boolean overall = row.key().equals("overall");
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.values().size(); i++) {
                ComparedValue v = row.values().get(i);
                cells.add(new Cell(
                        fmt.number(v.score(), 1),
                        i == 0 ? null : fmt.signed(v.deltaToFirst()),
                        fmt.signed(v.deltaToMedian())));
            }
            rows.add(new Row(
                    overall ? msg(locale, "comparison.overall") : dimensionName(def, row.key(), lang),
                    overall,
                    fmt.numberOrNull(row.median(), 1),
                    cells));
        }

        List<ComparedRow> dimensions = comparison.rows().stream()
                .filter(r -> !r.key().equals("overall"))
                .toList();
        String radar = null;
        boolean medianInRadar = false;
        if (dimensions.size() >= 3 && clients.stream().anyMatch(ClientColumn::hasResult)) {
            List<String> labels = dimensions.stream()
                    .map(r -> dimensionName(def, r.key(), lang))
                    .toList();
            List<RadarChart.Series> series = new ArrayList<>();
            medianInRadar = dimensions.stream().allMatch(r -> r.median() != null);
            if (medianInRadar) {
                series.add(new RadarChart.Series(
                        dimensions.stream().map(ComparedRow::median).toList(),
                        AssessmentReport.MEDIAN_COLOUR,
                        "none",
                        true));
            }
            for (int i = 0; i < clients.size(); i++) {
                if (!clients.get(i).hasResult()) {
                    continue;
                }
                int at = i;
                series.add(new RadarChart.Series(
                        dimensions.stream().map(r -> r.values().get(at).score()).toList(),
                        clients.get(i).colour(),
                        "none",
                        false));
            }
            radar = RadarChart.svg(
                    labels, series, clients.size() > 5 ? 125 : 150); // many clients: a taller client table
        }

        SegmentStats stats = comparison.benchmark();
        Segment segment = stats == null ? Segment.ALL : stats.segment();
        String segmentName = segment.type() == Segment.Type.ALL
                ? msg(locale, "benchmark.segment.ALL")
                : msg(locale, "benchmark.segment." + segment.type().name(), segment.value());
        boolean anyMedian = comparison.rows().stream().anyMatch(r -> r.median() != null);
        String note = msg(
                locale,
                anyMedian ? "comparison.medianNote" : "comparison.noMedian",
                stats == null
                        ? io.socialmaturity.benchmark.BenchmarkService.MINIMUM_COMPANIES
                        : stats.minimumCompanies());

        return new ComparisonReport(
                lang,
                consultancy,
                fmt.date(generatedAt),
                segmentName,
                note,
                clients,
                radar,
                medianInRadar,
                anyMedian,
                rows);
    }

    private static String dimensionName(@Nullable FrameworkDefinition def, String key, String lang) {
        if (def == null) {
            return key;
        }
        return def.dimension(key)
                .map(d -> Optional.ofNullable(d.name().get(lang, "en")).orElse(key))
                .orElse(key);
    }

    private static String msg(Locale locale, String key, Object... args) {
        return ReportMessages.text(locale, key, args);
    }
}
