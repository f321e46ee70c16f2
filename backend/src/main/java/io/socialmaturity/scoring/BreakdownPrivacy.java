package io.socialmaturity.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The privacy rule for figures by business function (docs/ENGINE.md, "Privacy of breakdowns"): a figure of one
 * function, per question or per dimension, is shown only when at least {@link #minimum()} respondents of that
 * function contributed to it (scored answers for a question, respondents with a dimension score for a dimension).
 * Respondents' readings use {@link #RESPONDENTS} (3), tenant admins' and consultants' {@link #MANAGERS} (1).
 * Every visible figure that rests on a single respondent of its function is listed ({@code singleBy…} in
 * {@link Disclosed}), so each output marks it "one respondent": with minimum 1 that is the admin's CMO-vs-CIO
 * view of a small company; with minimum 3 such a figure is never visible, so nothing is marked.
 *
 * <p>A hidden figure must not be recoverable from what stays visible:
 * <ul>
 *   <li>complementary suppression: the company-wide figure minus the visible groups would give the hidden
 *   groups' figure, so while the hidden contributors are more than 0 and fewer than the minimum, the smallest
 *   visible group is hidden too;</li>
 *   <li>the perception gap shows marketing's and IT's figure only where the breakdown shows them, a gap only
 *   between two visible figures, and computes the alignment indexes again over the questions whose both sides
 *   are visible (the engine's index would otherwise carry the hidden answers);</li>
 *   <li>a published-figure placement is shown only when every function it compares is visible on its
 *   question;</li>
 *   <li>for respondents the per-respondent rows (completion) are left out.</li>
 * </ul>
 * Company-wide figures are not breakdowns and stay as computed. Pure Java like the rest of the engine.
 *
 * @param minimum          respondents a function's figure needs
 * @param keepRespondents  whether the per-respondent rows stay (tenant admins manage the respondents anyway)
 */
public record BreakdownPrivacy(int minimum, boolean keepRespondents) {

    /** Respondents read their company's results: at least 3 of a function. */
    public static final BreakdownPrivacy RESPONDENTS = new BreakdownPrivacy(3, false);
    /**
     * Tenant admins and consultants: from 1 respondent of a function, a figure resting on one person being marked
     * as such (docs/ENGINE.md: the CIO–CMO disconnect of a small company is one CMO and one CIO).
     */
    public static final BreakdownPrivacy MANAGERS = new BreakdownPrivacy(1, true);
    /**
     * Everyone, tenant admins and consultants included, reading an anonymous assessment: the respondents' rule (3
     * of a function, complementary suppression) and no per-respondent rows.
     */
    public static final BreakdownPrivacy ANONYMOUS = new BreakdownPrivacy(3, false);

    public BreakdownPrivacy {
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1");
        }
    }

    /**
     * The result as this audience may see it, and what was hidden.
     *
     * @param result             the result without the hidden figures (a hidden group is absent from
     *                           {@code byFunction}; in the perception gap and the placements its values are null)
     * @param minimum            the rule's minimum
     * @param hiddenByQuestion   question key → the functions whose figure is hidden there
     * @param hiddenByDimension  dimension key → the functions whose figure is hidden there
     * @param hiddenFigures      keys of the published figures whose placement is hidden
     * @param singleByQuestion   question key → the visible functions whose figure there rests on one scored answer
     * @param singleByDimension  dimension key → the visible functions whose dimension figure rests on one respondent
     * @param singleFigures      keys of the visible published-figure placements computed from one respondent
     * @param singleAlignment    the perception gap's alignment indexes (overall: {@code ""}, per dimension: its key)
     *                           that compare, on at least one of their questions, a side resting on one respondent
     */
    public record Disclosed(
            AssessmentResult result,
            int minimum,
            Map<String, Set<String>> hiddenByQuestion,
            Map<String, Set<String>> hiddenByDimension,
            Set<String> hiddenFigures,
            Map<String, Set<String>> singleByQuestion,
            Map<String, Set<String>> singleByDimension,
            Set<String> singleFigures,
            Set<String> singleAlignment) {

        /** The key of the overall alignment index in {@link #singleAlignment}. */
        public static final String OVERALL = "";

        public boolean single(String dimension, String function) {
            return singleByDimension.getOrDefault(dimension, Set.of()).contains(function);
        }

        public boolean singleInQuestion(String question, String function) {
            return singleByQuestion.getOrDefault(question, Set.of()).contains(function);
        }

        /** Whether the alignment index of {@code dimension} (or {@link #OVERALL}) rests in part on one respondent. */
        public boolean singleIndex(String dimension) {
            return singleAlignment.contains(dimension);
        }

        public boolean hidden(String dimension, String function) {
            return hiddenByDimension.getOrDefault(dimension, Set.of()).contains(function);
        }

        public boolean hiddenInQuestion(String question, String function) {
            return hiddenByQuestion.getOrDefault(question, Set.of()).contains(function);
        }
    }

    public Disclosed apply(AssessmentResult r) {
        Map<String, Set<String>> hiddenQ = new LinkedHashMap<>();
        Map<String, Set<String>> singleQ = new LinkedHashMap<>();
        List<QuestionResult> questions = new ArrayList<>();
        for (QuestionResult q : r.questions()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            q.byFunction().forEach((f, s) -> counts.put(f, s.scored()));
            Set<String> hidden = hide(counts, q.all().scored());
            if (!hidden.isEmpty()) {
                hiddenQ.put(q.key(), hidden);
            }
            single(counts, hidden).ifPresent(s -> singleQ.put(q.key(), s));
            questions.add(new QuestionResult(
                    q.key(), q.dimension(), q.weight(), q.all(), without(q.byFunction(), hidden), q.optionCounts()));
        }
        Map<String, Set<String>> hiddenD = new LinkedHashMap<>();
        Map<String, Set<String>> singleD = new LinkedHashMap<>();
        List<DimensionResult> dimensions = new ArrayList<>();
        for (DimensionResult d : r.dimensions()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            d.byFunction()
                    .forEach((f, s) -> counts.put(
                            f,
                            s.respondentSpread() == null
                                    ? 0
                                    : s.respondentSpread().count()));
            int total = d.all().respondentSpread() == null
                    ? 0
                    : d.all().respondentSpread().count();
            Set<String> hidden = hide(counts, total);
            if (!hidden.isEmpty()) {
                hiddenD.put(d.key(), hidden);
            }
            single(counts, hidden).ifPresent(s -> singleD.put(d.key(), s));
            dimensions.add(new DimensionResult(
                    d.key(), d.businessArea(), d.weight(), d.all(), without(d.byFunction(), hidden), d.target()));
        }
        PerceptionGap gap = gap(r, hiddenQ, hiddenD);
        Set<String> hiddenFigures = new LinkedHashSet<>();
        Set<String> singleFigures = new LinkedHashSet<>();
        List<FigurePlacement> figures = new ArrayList<>();
        for (FigurePlacement p : r.publishedFigures()) {
            Set<String> hiddenHere = hiddenQ.getOrDefault(p.figure().question(), Set.of());
            QuestionResult q = r.questions().stream()
                    .filter(x -> x.key().equals(p.figure().question()))
                    .findFirst()
                    .orElse(null);
            // with a minimum of 1 nothing is hidden (a function without a scored answer there has no figure to hide)
            boolean hide = minimum > 1
                            && p.figure().compareWith().stream()
                                    .anyMatch(f -> hiddenHere.contains(f.key())
                                            || (q != null
                                                    && q.byFunction().containsKey(f.key())
                                                    && q.byFunction()
                                                                    .get(f.key())
                                                                    .scored()
                                                            < minimum))
                    || (p.sampleSize() > 0 && p.sampleSize() < minimum);
            if (hide) {
                hiddenFigures.add(p.figure().key());
                figures.add(new FigurePlacement(p.figure(), null, null, p.sampleSize(), 0));
            } else {
                figures.add(p);
                if (p.sampleSize() == 1) {
                    singleFigures.add(p.figure().key());
                }
            }
        }
        Set<String> singleAlignment = new LinkedHashSet<>();
        for (QuestionGap q : gap.questions()) {
            Set<String> single = singleQ.getOrDefault(q.questionKey(), Set.of());
            if (q.inAlignmentIndex() && q.gap() != null && (single.contains(MKT) || single.contains(IT))) {
                if (gap.alignmentIndex() != null) {
                    singleAlignment.add(Disclosed.OVERALL);
                }
                gap.dimensions().stream()
                        .filter(x -> x.dimension().equals(q.dimension()) && x.alignmentIndex() != null)
                        .findFirst()
                        .ifPresent(x -> singleAlignment.add(x.dimension()));
            }
        }
        AssessmentResult out = new AssessmentResult(
                r.frameworkKey(),
                r.frameworkVersion(),
                r.respondentCount(),
                r.overall(),
                dimensions,
                questions,
                keepRespondents ? r.respondents() : List.of(),
                gap,
                r.roadmap(),
                figures);
        return new Disclosed(
                out, minimum, hiddenQ, hiddenD, hiddenFigures, singleQ, singleD, singleFigures, singleAlignment);
    }

    /** The visible groups whose figure rests on exactly one respondent (never any below a minimum above 1). */
    private static java.util.Optional<Set<String>> single(Map<String, Integer> counts, Set<String> hidden) {
        Set<String> single = new LinkedHashSet<>();
        counts.forEach((f, n) -> {
            if (n == 1 && !hidden.contains(f)) {
                single.add(f);
            }
        });
        return single.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(single);
    }

    /**
     * The groups to hide among {@code counts} (group → contributors; {@code total} their sum with any group not
     * listed): those below the minimum, then the smallest visible ones while the rest is recoverable. The hidden
     * groups together have either no contributor or at least the minimum, so even their union says nothing of
     * fewer people. Used beside {@link #apply} for rows that are not figures, e.g. the function column of an
     * anonymous answers export.
     */
    public Set<String> hiddenGroups(Map<String, Integer> counts, int total) {
        return hide(counts, total);
    }

    /** The groups to hide: those below the minimum, then the smallest visible ones while the rest is recoverable. */
    Set<String> hide(Map<String, Integer> counts, int total) {
        Set<String> hidden = new LinkedHashSet<>();
        counts.forEach((f, n) -> {
            if (n > 0 && n < minimum) {
                hidden.add(f);
            }
        });
        while (true) {
            int visible = counts.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue)
                    .sum();
            int rest = total - visible;
            if (rest <= 0 || rest >= minimum) {
                return hidden;
            }
            String smallest = counts.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()) && e.getValue() > 0)
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            if (smallest == null) {
                return hidden;
            }
            hidden.add(smallest);
        }
    }

    private static <V> Map<String, V> without(Map<String, V> byFunction, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return byFunction;
        }
        Map<String, V> out = new LinkedHashMap<>(byFunction);
        hidden.forEach(out::remove);
        return out;
    }

    private static final String MKT = "marketing";
    private static final String IT = "it";

    private PerceptionGap gap(AssessmentResult r, Map<String, Set<String>> hiddenQ, Map<String, Set<String>> hiddenD) {
        PerceptionGap g = r.perceptionGap();
        boolean anyHidden = false;
        Map<String, Double> dimensionWeight = new LinkedHashMap<>();
        r.dimensions().forEach(d -> dimensionWeight.put(d.key(), d.weight()));
        double totalWeight = dimensionWeight.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        Map<String, Double> questionWeight = new LinkedHashMap<>();
        Map<String, Double> dimensionQuestionWeight = new LinkedHashMap<>();
        for (QuestionResult q : r.questions()) {
            questionWeight.put(q.key(), q.weight());
            dimensionQuestionWeight.merge(q.dimension(), q.weight(), Double::sum);
        }
        List<QuestionGap> questions = new ArrayList<>();
        for (QuestionGap q : g.questions()) {
            Set<String> hidden = hiddenQ.getOrDefault(q.questionKey(), Set.of());
            boolean mkt = hidden.contains(MKT);
            boolean it = hidden.contains(IT);
            if (mkt || it) {
                anyHidden |= q.inAlignmentIndex() || q.marketing() != null || q.it() != null;
                questions.add(new QuestionGap(
                        q.questionKey(),
                        q.dimension(),
                        q.perspective(),
                        mkt ? null : q.marketing(),
                        it ? null : q.it(),
                        null,
                        q.marketingCount(),
                        q.itCount(),
                        false));
            } else {
                questions.add(q);
            }
        }
        List<DimensionGap> dimensions = new ArrayList<>();
        double weightedAbs = 0;
        double weight = 0;
        int compared = 0;
        for (DimensionGap d : g.dimensions()) {
            Set<String> hidden = hiddenD.getOrDefault(d.dimension(), Set.of());
            boolean mkt = hidden.contains(MKT);
            boolean it = hidden.contains(IT);
            double dimAbs = 0;
            double dimWeight = 0;
            int dimCompared = 0;
            for (QuestionGap q : questions) {
                if (q.dimension().equals(d.dimension()) && q.inAlignmentIndex() && q.gap() != null) {
                    double w = questionWeight.getOrDefault(q.questionKey(), 0.0);
                    dimAbs += w * Math.abs(q.gap());
                    dimWeight += w;
                    dimCompared++;
                    double e = dimensionWeight.getOrDefault(d.dimension(), 0.0)
                            / totalWeight
                            * w
                            / dimensionQuestionWeight.get(d.dimension());
                    weightedAbs += e * Math.abs(q.gap());
                    weight += e;
                    compared++;
                }
            }
            boolean changed = mkt || it || dimCompared != d.comparedQuestions();
            anyHidden |= changed;
            if (!changed) {
                dimensions.add(d);
                continue;
            }
            Double meanAbs = dimWeight > 0 ? ScoringEngine.round(dimAbs / dimWeight) : null;
            dimensions.add(new DimensionGap(
                    d.dimension(),
                    mkt ? null : d.marketing(),
                    it ? null : d.it(),
                    mkt || it ? null : d.gap(),
                    meanAbs,
                    dimWeight > 0 ? ScoringEngine.round(clamp(100 - dimAbs / dimWeight)) : null,
                    dimCompared));
        }
        if (!anyHidden) {
            return g;
        }
        Double index = weight > 0 ? ScoringEngine.round(clamp(100 - weightedAbs / weight)) : null;
        return new PerceptionGap(g.marketingRespondents(), g.itRespondents(), index, compared, questions, dimensions);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
