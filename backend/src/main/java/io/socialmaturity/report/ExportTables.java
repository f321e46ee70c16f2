package io.socialmaturity.report;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.ReportSources.AssessmentReportSource;
import io.socialmaturity.assessment.ReportSources.QuestionAnswer;
import io.socialmaturity.assessment.ReportSources.RespondentAnswers;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import io.socialmaturity.benchmark.Segment;
import io.socialmaturity.consulting.ConsultingViews.Client;
import io.socialmaturity.consulting.ConsultingViews.ComparedRow;
import io.socialmaturity.consulting.ConsultingViews.ComparedValue;
import io.socialmaturity.consulting.ConsultingViews.Comparison;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.framework.definition.AnswerOption;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.LocalizedText;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.scoring.BreakdownPrivacy;
import io.socialmaturity.scoring.DimensionGap;
import io.socialmaturity.scoring.DimensionResult;
import io.socialmaturity.scoring.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables behind the CSV and XLSX exports, built once so both files have the same columns and values: typed
 * cells ({@link Double} and {@link Integer} numbers in the units of the results API — scores 0–100, coverage 0–1 —,
 * {@link Boolean}s, {@link java.time.Instant}s, texts as they are). Column names are stable keys. The writers
 * ({@link CsvExports}, {@code platform.spreadsheet.Xlsx}) apply the formula-injection guard to the text cells.
 */
final class ExportTables {

    /** A header row and data rows of typed cells ({@code null} is an empty cell). */
    record ExportTable(List<String> header, List<List<Object>> rows) {}

    static final List<String> RESULTS_HEADER = List.of(
            "dimension_key",
            "dimension",
            "business_area",
            "weight",
            "score",
            "level",
            "level_name",
            "coverage",
            "target_level",
            "level_gap",
            "score_gap",
            "priority",
            "target_met",
            "respondents_with_score",
            "score_min",
            "score_max",
            "score_stddev",
            "marketing_score",
            "it_score",
            "marketing_minus_it",
            "alignment_index",
            "compared_questions",
            // added after the first columns so readers of the older file keep working (docs/ENGINE.md)
            "marketing_respondents",
            "it_respondents",
            "marketing_single_respondent",
            "it_single_respondent",
            "alignment_single_respondent");

    static final List<String> COMPARISON_HEADER = List.of(
            "client_id",
            "company_alias",
            "company",
            "assessment_id",
            "assessment",
            "closed_at",
            "framework",
            "framework_version",
            "dimension_key",
            "dimension",
            "score",
            "delta_to_first",
            "median",
            "delta_to_median",
            "benchmark_segment");

    private ExportTables() {}

    /**
     * A consultant's comparison, one row per client × compared row ({@code overall} first, then the dimensions
     * in framework order), in the order the clients were asked for: the same numbers as the comparison API.
     * {@code median} is empty where the segment has fewer companies than the benchmark's minimum.
     */
    static ExportTable comparison(Comparison comparison, @Nullable FrameworkDefinition def, String lang) {
        SegmentStats stats = comparison.benchmark();
        String segment = stats == null || stats.segment().type() == Segment.Type.ALL
                ? "all"
                : stats.segment().type().name().toLowerCase(java.util.Locale.ROOT) + ":"
                        + stats.segment().value();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < comparison.clients().size(); i++) {
            Client client = comparison.clients().get(i);
            ClosedResult latest = client.latest();
            for (ComparedRow row : comparison.rows()) {
                ComparedValue value = row.values().get(i);
                String name = row.key().equals("overall")
                        ? "overall"
                        : def == null
                                ? null
                                : text(
                                        def.dimension(row.key())
                                                .map(d -> d.name())
                                                .orElse(null),
                                        lang);
                rows.add(java.util.Arrays.asList(
                        client.clientId(),
                        client.company().alias(),
                        client.company().name(),
                        latest == null ? null : latest.assessmentId(),
                        latest == null ? null : latest.title(),
                        latest == null ? null : latest.closedAt(),
                        latest == null ? null : latest.frameworkKey(),
                        latest == null ? null : latest.frameworkVersion(),
                        row.key(),
                        name,
                        value.score(),
                        value.deltaToFirst(),
                        row.median(),
                        value.deltaToMedian(),
                        segment));
            }
        }
        return new ExportTable(COMPARISON_HEADER, rows);
    }

    /**
     * One row per dimension of the {@code disclosed} result (the reader's privacy rule applied): a hidden figure is
     * an empty cell; the last columns count the respondents behind marketing's and IT's figure and say whether a
     * figure rests on a single respondent (the results page's "one respondent" mark).
     */
    static ExportTable results(AssessmentReportSource source, BreakdownPrivacy.Disclosed disclosed, String lang) {
        FrameworkDefinition def = source.framework().definition();
        Map<String, DimensionGap> gaps = source.results().result().perceptionGap().dimensions().stream()
                .collect(Collectors.toMap(DimensionGap::dimension, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (DimensionResult d : source.results().result().dimensions()) {
            Integer level = d.all().level();
            Spread spread = d.all().respondentSpread();
            DimensionGap gap = gaps.get(d.key());
            rows.add(java.util.Arrays.asList(
                    d.key(),
                    text(def.dimension(d.key()).map(x -> x.name()).orElse(null), lang),
                    d.businessArea(),
                    d.weight(),
                    d.all().score(),
                    level,
                    level == null
                            ? null
                            : text(def.level(level).map(l -> l.name()).orElse(null), lang),
                    d.all().coverage(),
                    d.target().targetLevel(),
                    d.target().levelGap(),
                    d.target().scoreGap(),
                    d.target().priority(),
                    d.target().met(),
                    spread == null ? 0 : spread.count(),
                    spread == null ? null : spread.min(),
                    spread == null ? null : spread.max(),
                    spread == null ? null : spread.standardDeviation(),
                    gap == null ? null : gap.marketing(),
                    gap == null ? null : gap.it(),
                    gap == null ? null : gap.gap(),
                    gap == null ? null : gap.alignmentIndex(),
                    gap == null ? 0 : gap.comparedQuestions(),
                    respondents(d, "marketing"),
                    respondents(d, "it"),
                    disclosed.single(d.key(), "marketing"),
                    disclosed.single(d.key(), "it"),
                    gap != null && gap.alignmentIndex() != null && disclosed.singleIndex(d.key())));
        }
        return new ExportTable(RESULTS_HEADER, rows);
    }

    /** Respondents of {@code function} with a score in the dimension; empty when the function's figure is hidden. */
    private static Integer respondents(DimensionResult d, String function) {
        var score = d.byFunction().get(function);
        return score == null || score.respondentSpread() == null
                ? null
                : score.respondentSpread().count();
    }

    /**
     * One row per respondent × question meant for them, answered or not. Respondents are their pseudonym
     * unless {@code withNames}, which adds their name and email.
     */
    static ExportTable answers(
            PublishedFramework framework, List<RespondentAnswers> respondents, boolean withNames, String lang) {
        FrameworkDefinition def = framework.definition();
        Map<String, Question> questions = def.questions().collect(Collectors.toMap(Question::key, Function.identity()));
        Map<String, String> dimensionOf = new java.util.HashMap<>();
        def.dimensions().forEach(d -> d.questions().forEach(q -> dimensionOf.put(q.key(), d.key())));
        List<String> header = new ArrayList<>(List.of("respondent"));
        if (withNames) {
            header.addAll(List.of("respondent_name", "respondent_email"));
        }
        header.addAll(List.of(
                "business_function",
                "dimension_key",
                "question_key",
                "question",
                "answer",
                "option_key",
                "option",
                "score",
                "comment",
                "evidence_url",
                "answered_at"));
        List<List<Object>> rows = new ArrayList<>();
        for (RespondentAnswers r : respondents) {
            for (QuestionAnswer a : r.answers()) {
                Question q = questions.get(a.questionKey());
                Optional<AnswerOption> option = a.optionKey() == null
                        ? Optional.empty()
                        : q.options().stream()
                                .filter(o -> o.key().equals(a.optionKey()))
                                .findFirst();
                List<Object> row = new ArrayList<>();
                row.add(r.pseudonym());
                if (withNames) {
                    row.add(r.name());
                    row.add(r.email());
                }
                row.add(r.businessFunction());
                row.add(dimensionOf.get(q.key()));
                row.add(q.key());
                row.add(text(q.title(), lang));
                row.add(!a.answered() ? "unanswered" : a.notApplicable() ? "not_applicable" : "option");
                row.add(a.optionKey());
                row.add(option.map(o -> text(o.label(), lang)).orElse(null));
                row.add(option.map(AnswerOption::score).orElse(null));
                row.add(a.comment());
                row.add(a.evidenceUrl());
                row.add(a.updatedAt());
                rows.add(row);
            }
        }
        return new ExportTable(header, rows);
    }

    @Nullable
    private static String text(@Nullable LocalizedText text, String lang) {
        return text == null ? null : text.get(lang, "en");
    }
}
