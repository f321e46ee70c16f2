package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkValidator;
import io.socialmaturity.framework.definition.MaturityLevel;
import io.socialmaturity.framework.definition.Perspective;
import io.socialmaturity.framework.definition.PublishedFigure;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.framework.definition.Recommendation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessment scoring engine: a framework definition and the respondents' answers in, an
 * {@link AssessmentResult} out. Plain Java: no I/O, no framework, no clock, no randomness.
 *
 * <h2>Scores</h2>
 * <ul>
 *   <li><b>Question</b> (per group of respondents: everyone, or one business function): the mean of
 *       the option scores (0–100) of the respondents who chose an option. "Not applicable" answers
 *       and missing answers leave the denominator. Spread: population standard deviation, min,
 *       max, count.</li>
 *   <li><b>Dimension</b>: {@code Σ w_q·mean_q / Σ w_q} over the questions the group answered
 *       (at least one scored answer); coverage {@code Σ answered w_q / Σ all w_q}. Spread: of each
 *       respondent's own dimension score (same formula over that respondent's answers).</li>
 *   <li><b>Overall</b> (everyone): {@code Σ W_d·S_d / Σ W_d} over the dimensions with a score,
 *       enabler included; coverage {@code Σ W_d·coverage_d / Σ W_d} over all dimensions.</li>
 *   <li><b>Levels</b>: the level whose band holds the score (rounded to two decimals, as
 *       reported). <b>Weakest-area gate</b>: the overall level is the minimum level over the
 *       business areas; the enabler (IT–marketing alignment) counts in the overall score but does
 *       not gate: Oracle's definition of a socially-enabled company names the five business areas,
 *       while alignment is how a company gets there. Its level, gap and recommendations are
 *       reported like every dimension's. The company is <em>socially enabled</em> when every
 *       business area is at the framework's {@code sociallyEnabledLevel} or above.</li>
 * </ul>
 *
 * <h2>Perception gap</h2>
 * Per question {@code mean(marketing) - mean(IT)}; per dimension the difference of the dimension
 * scores each group gives alone, and the mean absolute question gap; the alignment index
 * {@code 100 - Σ e_q·|gap_q| / Σ e_q} over questions scored by both groups and asking about the
 * company ({@link Perspective#COMPANY}), {@code e_q} being the question's effective weight in the
 * overall score. Identical answers give 100; no common question gives {@code null}.
 *
 * <h2>Targets and roadmap</h2>
 * Per dimension the target level (input, or the framework default), the level gap, the score gap to
 * the target band and a priority {@code (W_d/ΣW)·levelGap²} (OWASP SAMM: priority grows with the
 * square of the gap). The roadmap lists, dimension by dimension in order of priority (ties: larger
 * score gap first, then framework order), the recommendations for each level from the current one
 * up to the target, lowest level first. Dimensions without a score get no recommendations.
 *
 * <h2>Determinism</h2>
 * Respondents are processed in order of their id and option scores are integers (question sums are
 * exact), so the result does not depend on the order of the input. Every reported number is
 * rounded to two decimals (scores, gaps, spreads, coverage as a 0–1 share to four).
 *
 * <p>Build one engine per framework version and reuse it: construction validates the definition
 * and compiles it into arrays; {@link #score(AssessmentInput)} is thread-safe.
 */
public final class ScoringEngine {

    private static final int MISSING = -1;
    private static final int NOT_APPLICABLE = -2;
    private static final BusinessFunction[] FUNCTIONS = BusinessFunction.values();
    /** Group 0 is everyone; group 1 + f.ordinal() is business function f. */
    private static final int GROUPS = 1 + FUNCTIONS.length;

    private static final int MKT = 1 + BusinessFunction.MARKETING.ordinal();
    private static final int IT = 1 + BusinessFunction.IT.ordinal();

    private final FrameworkDefinition definition;
    private final int questionCount;
    private final int dimensionCount;
    private final Question[] questions;
    private final Map<String, Integer> questionIndex;
    private final List<Map<String, Integer>> optionIndex;
    private final int[][] optionScores;
    private final int[] questionDimension;
    private final double[] questionWeight;
    /** Share of the overall score: W_d / ΣW · w_q / Σ_{q in d} w_q. */
    private final double[] effectiveWeight;

    private final boolean[] inAlignmentIndex;
    private final int[] dimensionStart;
    private final int[] dimensionEnd;
    private final double[] dimensionWeight;
    private final double totalDimensionWeight;
    private final double[] dimensionQuestionWeight;
    /** audience[f][q]: question q is meant for business function f. */
    private final boolean[][] audience;

    private final double[] audienceWeight;
    private final int[] audienceCount;
    private final Map<String, Integer> dimensionIndex;
    private final List<List<List<Recommendation>>> recommendations;
    private final int maxLevel;

    /**
     * Compiles {@code definition}.
     *
     * @throws io.socialmaturity.framework.definition.FrameworkDefinitionException if it is not
     *         valid (checked with {@link FrameworkValidator}, any languages accepted)
     */
    public ScoringEngine(FrameworkDefinition definition) {
        new FrameworkValidator(Set.of()).check("<" + definition.key() + " v" + definition.version() + ">", definition);
        this.definition = definition;
        List<Dimension> dims = definition.dimensions();
        this.dimensionCount = dims.size();
        this.questions = definition.questions().toArray(Question[]::new);
        this.questionCount = questions.length;
        this.questionIndex = new HashMap<>();
        this.optionIndex = new ArrayList<>(questionCount);
        this.optionScores = new int[questionCount][];
        this.questionDimension = new int[questionCount];
        this.questionWeight = new double[questionCount];
        this.effectiveWeight = new double[questionCount];
        this.inAlignmentIndex = new boolean[questionCount];
        this.dimensionStart = new int[dimensionCount];
        this.dimensionEnd = new int[dimensionCount];
        this.dimensionWeight = new double[dimensionCount];
        this.dimensionQuestionWeight = new double[dimensionCount];
        this.dimensionIndex = new HashMap<>();
        this.audience = new boolean[FUNCTIONS.length][questionCount];
        this.audienceWeight = new double[FUNCTIONS.length];
        this.audienceCount = new int[FUNCTIONS.length];
        this.maxLevel = definition.maxLevel();

        double total = 0;
        int q = 0;
        for (int d = 0; d < dimensionCount; d++) {
            Dimension dim = dims.get(d);
            dimensionIndex.put(dim.key(), d);
            dimensionWeight[d] = dim.weight();
            total += dim.weight();
            dimensionStart[d] = q;
            for (Question question : dim.questions()) {
                questionIndex.put(question.key(), q);
                Map<String, Integer> options = new HashMap<>();
                int[] scores = new int[question.options().size()];
                for (int o = 0; o < scores.length; o++) {
                    options.put(question.options().get(o).key(), o);
                    scores[o] = question.options().get(o).score();
                }
                optionIndex.add(options);
                optionScores[q] = scores;
                questionDimension[q] = d;
                questionWeight[q] = question.weight();
                dimensionQuestionWeight[d] += question.weight();
                inAlignmentIndex[q] = question.perspective() == Perspective.COMPANY;
                for (BusinessFunction f : question.audience()) {
                    audience[f.ordinal()][q] = true;
                }
                q++;
            }
            dimensionEnd[d] = q;
        }
        this.totalDimensionWeight = total;
        for (int i = 0; i < questionCount; i++) {
            int d = questionDimension[i];
            effectiveWeight[i] = dimensionWeight[d] / total * questionWeight[i] / dimensionQuestionWeight[d];
            for (int f = 0; f < FUNCTIONS.length; f++) {
                if (audience[f][i]) {
                    audienceWeight[f] += effectiveWeight[i];
                    audienceCount[f]++;
                }
            }
        }
        this.recommendations = new ArrayList<>(dimensionCount);
        for (int d = 0; d < dimensionCount; d++) {
            List<List<Recommendation>> perLevel = new ArrayList<>();
            for (int level = 0; level <= maxLevel; level++) {
                perLevel.add(new ArrayList<>());
            }
            recommendations.add(perLevel);
        }
        for (Recommendation r : definition.recommendations()) {
            recommendations
                    .get(dimensionIndex.get(r.dimension()))
                    .get(r.level())
                    .add(r);
        }
    }

    /** The definition this engine scores against. */
    public FrameworkDefinition definition() {
        return definition;
    }

    /**
     * Scores an assessment.
     *
     * @throws InvalidAssessmentInputException when the input does not fit the framework
     */
    public AssessmentResult score(AssessmentInput input) {
        return new Computation(input).run();
    }

    // =============================================================================================

    private final class Computation {
        private final AssessmentInput input;
        private Respondent[] respondents;
        /** answers[r][q]: option index, MISSING or NOT_APPLICABLE. */
        private int[][] answers;

        private int[] groupOf;
        private int[] groupSize;
        private long[][] sum;
        private long[][] sumSquares;
        private int[][] count;
        private int[][] notApplicable;
        private int[][] min;
        private int[][] max;
        private int[][] optionCounts;
        /** respondentDimension[r][d]: the respondent's own dimension score, NaN when none. */
        private double[][] respondentDimension;
        /** Raw (unrounded) dimension score per group, NaN when none. */
        private double[][] dimensionScore;

        private double[][] dimensionCoverage;

        Computation(AssessmentInput input) {
            this.input = input;
        }

        AssessmentResult run() {
            prepare();
            accumulate();
            List<QuestionResult> questionResults = questionResults();
            List<DimensionResult> dimensionResults = dimensionResults();
            OverallResult overall = overall(dimensionResults);
            return new AssessmentResult(
                    definition.key(),
                    definition.version(),
                    respondents.length,
                    overall,
                    dimensionResults,
                    questionResults,
                    respondentResults(),
                    perceptionGap(),
                    roadmap(dimensionResults),
                    figures());
        }

        // ---- input ------------------------------------------------------------------------------

        private void prepare() {
            for (Map.Entry<String, Integer> target : input.targetLevels().entrySet()) {
                if (!dimensionIndex.containsKey(target.getKey())) {
                    throw new InvalidAssessmentInputException(
                            "target level for unknown dimension '" + target.getKey() + "'");
                }
                Integer level = target.getValue();
                if (level == null || level < 1 || level > maxLevel) {
                    throw new InvalidAssessmentInputException("target level of dimension '" + target.getKey()
                            + "' must be between 1 and " + maxLevel + ", was " + level);
                }
            }
            respondents = input.respondents().toArray(Respondent[]::new);
            Arrays.sort(respondents, Comparator.comparing(Respondent::id));
            int n = respondents.length;
            answers = new int[n][questionCount];
            groupOf = new int[n];
            groupSize = new int[GROUPS];
            for (int r = 0; r < n; r++) {
                Respondent respondent = respondents[r];
                if (r > 0 && respondents[r - 1].id().equals(respondent.id())) {
                    throw new InvalidAssessmentInputException("duplicate respondent id '" + respondent.id() + "'");
                }
                groupOf[r] = 1 + respondent.function().ordinal();
                groupSize[0]++;
                groupSize[groupOf[r]]++;
                int[] row = answers[r];
                Arrays.fill(row, MISSING);
                for (Answer answer : respondent.answers()) {
                    Integer q = questionIndex.get(answer.questionKey());
                    if (q == null) {
                        throw new InvalidAssessmentInputException("respondent '" + respondent.id()
                                + "' answered unknown question '" + answer.questionKey() + "'");
                    }
                    if (row[q] != MISSING) {
                        throw new InvalidAssessmentInputException("respondent '" + respondent.id()
                                + "' answered question '" + answer.questionKey() + "' more than once");
                    }
                    if (answer.notApplicable()) {
                        row[q] = NOT_APPLICABLE;
                    } else {
                        Integer option = optionIndex.get(q).get(answer.optionKey());
                        if (option == null) {
                            throw new InvalidAssessmentInputException("respondent '" + respondent.id()
                                    + "' chose unknown option '" + answer.optionKey() + "' of question '"
                                    + answer.questionKey() + "'");
                        }
                        row[q] = option;
                    }
                }
            }
        }

        // ---- accumulation -----------------------------------------------------------------------

        private void accumulate() {
            int n = respondents.length;
            sum = new long[GROUPS][questionCount];
            sumSquares = new long[GROUPS][questionCount];
            count = new int[GROUPS][questionCount];
            notApplicable = new int[GROUPS][questionCount];
            min = new int[GROUPS][questionCount];
            max = new int[GROUPS][questionCount];
            for (int g = 0; g < GROUPS; g++) {
                Arrays.fill(min[g], Integer.MAX_VALUE);
                Arrays.fill(max[g], Integer.MIN_VALUE);
            }
            optionCounts = new int[questionCount][];
            for (int q = 0; q < questionCount; q++) {
                optionCounts[q] = new int[optionScores[q].length];
            }
            respondentDimension = new double[n][dimensionCount];
            for (int r = 0; r < n; r++) {
                int[] row = answers[r];
                int group = groupOf[r];
                for (int d = 0; d < dimensionCount; d++) {
                    double weighted = 0;
                    double weight = 0;
                    for (int q = dimensionStart[d]; q < dimensionEnd[d]; q++) {
                        int a = row[q];
                        if (a >= 0) {
                            int score = optionScores[q][a];
                            optionCounts[q][a]++;
                            add(0, q, score);
                            add(group, q, score);
                            weighted += questionWeight[q] * score;
                            weight += questionWeight[q];
                        } else if (a == NOT_APPLICABLE) {
                            notApplicable[0][q]++;
                            notApplicable[group][q]++;
                        }
                    }
                    respondentDimension[r][d] = weight > 0 ? weighted / weight : Double.NaN;
                }
            }
            dimensionScore = new double[GROUPS][dimensionCount];
            dimensionCoverage = new double[GROUPS][dimensionCount];
            for (int g = 0; g < GROUPS; g++) {
                for (int d = 0; d < dimensionCount; d++) {
                    double weighted = 0;
                    double weight = 0;
                    for (int q = dimensionStart[d]; q < dimensionEnd[d]; q++) {
                        if (count[g][q] > 0) {
                            weighted += questionWeight[q] * ((double) sum[g][q] / count[g][q]);
                            weight += questionWeight[q];
                        }
                    }
                    dimensionScore[g][d] = weight > 0 ? weighted / weight : Double.NaN;
                    dimensionCoverage[g][d] = weight / dimensionQuestionWeight[d];
                }
            }
        }

        private void add(int g, int q, int score) {
            sum[g][q] += score;
            sumSquares[g][q] += (long) score * score;
            count[g][q]++;
            if (score < min[g][q]) {
                min[g][q] = score;
            }
            if (score > max[g][q]) {
                max[g][q] = score;
            }
        }

        // ---- questions --------------------------------------------------------------------------

        private List<QuestionResult> questionResults() {
            List<QuestionResult> out = new ArrayList<>(questionCount);
            for (int q = 0; q < questionCount; q++) {
                Map<String, QuestionScore> byFunction = new LinkedHashMap<>();
                for (BusinessFunction f : FUNCTIONS) {
                    int g = 1 + f.ordinal();
                    if (groupSize[g] > 0) {
                        byFunction.put(f.key(), questionScore(g, q));
                    }
                }
                Map<String, Integer> options = new LinkedHashMap<>();
                for (int o = 0; o < optionScores[q].length; o++) {
                    options.put(questions[q].options().get(o).key(), optionCounts[q][o]);
                }
                out.add(new QuestionResult(
                        questions[q].key(),
                        definition.dimensions().get(questionDimension[q]).key(),
                        questionWeight[q],
                        questionScore(0, q),
                        byFunction,
                        options));
            }
            return out;
        }

        private QuestionScore questionScore(int g, int q) {
            int n = count[g][q];
            if (n == 0) {
                return new QuestionScore(null, 0, notApplicable[g][q], null);
            }
            double mean = (double) sum[g][q] / n;
            // exact integer arithmetic: n·Σx² − (Σx)² = n²·variance
            long numerator = n * sumSquares[g][q] - sum[g][q] * sum[g][q];
            double sd = Math.sqrt((double) numerator) / n;
            Spread spread = new Spread(n, round(mean), round(sd), min[g][q], max[g][q]);
            return new QuestionScore(round(mean), n, notApplicable[g][q], spread);
        }

        private Double questionMean(int g, int q) {
            return count[g][q] == 0 ? null : (double) sum[g][q] / count[g][q];
        }

        // ---- dimensions -------------------------------------------------------------------------

        private List<DimensionResult> dimensionResults() {
            List<DimensionResult> out = new ArrayList<>(dimensionCount);
            for (int d = 0; d < dimensionCount; d++) {
                Dimension dim = definition.dimensions().get(d);
                Map<String, DimensionScore> byFunction = new LinkedHashMap<>();
                for (BusinessFunction f : FUNCTIONS) {
                    int g = 1 + f.ordinal();
                    if (groupSize[g] > 0) {
                        byFunction.put(f.key(), dimensionScore(g, d));
                    }
                }
                DimensionScore all = dimensionScore(0, d);
                out.add(new DimensionResult(
                        dim.key(), dim.businessArea(), dim.weight(), all, byFunction, target(d, all)));
            }
            return out;
        }

        private DimensionScore dimensionScore(int g, int d) {
            double raw = dimensionScore[g][d];
            Double score = Double.isNaN(raw) ? null : round(raw);
            return new DimensionScore(
                    score, roundShare(dimensionCoverage[g][d]), levelOf(score), respondentSpread(g, d));
        }

        private Spread respondentSpread(int g, int d) {
            int n = 0;
            double total = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < respondents.length; r++) {
                double v = respondentDimension[r][d];
                if ((g == 0 || groupOf[r] == g) && !Double.isNaN(v)) {
                    n++;
                    total += v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (n == 0) {
                return null;
            }
            double mean = total / n;
            double squares = 0;
            for (int r = 0; r < respondents.length; r++) {
                double v = respondentDimension[r][d];
                if ((g == 0 || groupOf[r] == g) && !Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            return new Spread(n, round(mean), round(Math.sqrt(squares / n)), round(lo), round(hi));
        }

        private Integer levelOf(Double roundedScore) {
            return roundedScore == null
                    ? null
                    : definition
                            .levelFor(roundedScore)
                            .map(MaturityLevel::level)
                            .orElse(null);
        }

        private TargetGap target(int d, DimensionScore all) {
            String key = definition.dimensions().get(d).key();
            int target = input.targetLevels().getOrDefault(key, definition.defaultTargetLevel());
            Integer current = all.level();
            if (current == null) {
                return new TargetGap(target, null, null, null, 0, false);
            }
            int levelGap = Math.max(0, target - current);
            double bandFrom = definition.level(target).orElseThrow().from();
            double scoreGap = round(Math.max(0, bandFrom - all.score()));
            double priority = roundPriority(dimensionWeight[d] / totalDimensionWeight * levelGap * levelGap);
            return new TargetGap(target, current, levelGap, scoreGap, priority, current >= target);
        }

        // ---- overall ----------------------------------------------------------------------------

        private OverallResult overall(List<DimensionResult> dims) {
            double weighted = 0;
            double weight = 0;
            double coverage = 0;
            for (int d = 0; d < dimensionCount; d++) {
                double raw = dimensionScore[0][d];
                if (!Double.isNaN(raw)) {
                    weighted += dimensionWeight[d] * raw;
                    weight += dimensionWeight[d];
                }
                coverage += dimensionWeight[d] * dimensionCoverage[0][d];
            }
            Double score = weight > 0 ? round(weighted / weight) : null;
            List<String> unscored = new ArrayList<>();
            int lowest = Integer.MAX_VALUE;
            for (DimensionResult dim : dims) {
                if (dim.businessArea()) {
                    if (dim.all().level() == null) {
                        unscored.add(dim.key());
                    } else {
                        lowest = Math.min(lowest, dim.all().level());
                    }
                }
            }
            Integer level = unscored.isEmpty() ? lowest : null;
            List<String> weakest = new ArrayList<>();
            if (level != null) {
                for (DimensionResult dim : dims) {
                    if (dim.businessArea() && dim.all().level().intValue() == level) {
                        weakest.add(dim.key());
                    }
                }
            }
            boolean enabled = level != null && level >= definition.sociallyEnabledLevel();
            return new OverallResult(
                    score,
                    roundShare(coverage / totalDimensionWeight),
                    level,
                    weakest,
                    unscored,
                    enabled,
                    definition.sociallyEnabledLevel());
        }

        // ---- respondents ------------------------------------------------------------------------

        private List<RespondentResult> respondentResults() {
            List<RespondentResult> out = new ArrayList<>(respondents.length);
            for (int r = 0; r < respondents.length; r++) {
                int f = respondents[r].function().ordinal();
                boolean[] meant = audience[f];
                int answered = 0;
                int na = 0;
                double answeredWeight = 0;
                double scoredWeight = 0;
                for (int q = 0; q < questionCount; q++) {
                    if (!meant[q]) {
                        continue;
                    }
                    int a = answers[r][q];
                    if (a != MISSING) {
                        answered++;
                        answeredWeight += effectiveWeight[q];
                        if (a == NOT_APPLICABLE) {
                            na++;
                        } else {
                            scoredWeight += effectiveWeight[q];
                        }
                    }
                }
                double total = audienceWeight[f];
                out.add(new RespondentResult(
                        respondents[r].id(),
                        respondents[r].function(),
                        audienceCount[f],
                        answered,
                        na,
                        total > 0 ? roundShare(answeredWeight / total) : 0,
                        total > 0 ? roundShare(scoredWeight / total) : 0));
            }
            return out;
        }

        // ---- perception gap ---------------------------------------------------------------------

        private PerceptionGap perceptionGap() {
            List<QuestionGap> questionGaps = new ArrayList<>(questionCount);
            double[] gaps = new double[questionCount];
            boolean[] compared = new boolean[questionCount];
            double weightedAbs = 0;
            double weight = 0;
            int comparedCount = 0;
            for (int q = 0; q < questionCount; q++) {
                Double mkt = questionMean(MKT, q);
                Double it = questionMean(IT, q);
                Double gap = null;
                if (mkt != null && it != null) {
                    gaps[q] = mkt - it;
                    gap = round(gaps[q]);
                    if (inAlignmentIndex[q]) {
                        compared[q] = true;
                        comparedCount++;
                        weightedAbs += effectiveWeight[q] * Math.abs(gaps[q]);
                        weight += effectiveWeight[q];
                    }
                }
                questionGaps.add(new QuestionGap(
                        questions[q].key(),
                        definition.dimensions().get(questionDimension[q]).key(),
                        questions[q].perspective(),
                        round(mkt),
                        round(it),
                        gap,
                        count[MKT][q],
                        count[IT][q],
                        compared[q]));
            }
            List<DimensionGap> dimensionGaps = new ArrayList<>(dimensionCount);
            for (int d = 0; d < dimensionCount; d++) {
                double mkt = dimensionScore[MKT][d];
                double it = dimensionScore[IT][d];
                double dimAbs = 0;
                double dimWeight = 0;
                int dimCompared = 0;
                for (int q = dimensionStart[d]; q < dimensionEnd[d]; q++) {
                    if (compared[q]) {
                        dimAbs += questionWeight[q] * Math.abs(gaps[q]);
                        dimWeight += questionWeight[q];
                        dimCompared++;
                    }
                }
                Double meanAbs = dimWeight > 0 ? round(dimAbs / dimWeight) : null;
                dimensionGaps.add(new DimensionGap(
                        definition.dimensions().get(d).key(),
                        Double.isNaN(mkt) ? null : round(mkt),
                        Double.isNaN(it) ? null : round(it),
                        Double.isNaN(mkt) || Double.isNaN(it) ? null : round(mkt - it),
                        meanAbs,
                        dimWeight > 0 ? round(clamp(100 - dimAbs / dimWeight)) : null,
                        dimCompared));
            }
            Double index = weight > 0 ? round(clamp(100 - weightedAbs / weight)) : null;
            return new PerceptionGap(groupSize[MKT], groupSize[IT], index, comparedCount, questionGaps, dimensionGaps);
        }

        // ---- roadmap ----------------------------------------------------------------------------

        private List<RoadmapItem> roadmap(List<DimensionResult> dims) {
            List<Integer> order = new ArrayList<>();
            for (int d = 0; d < dimensionCount; d++) {
                TargetGap t = dims.get(d).target();
                if (t.currentLevel() != null && !t.met()) {
                    order.add(d);
                }
            }
            order.sort(Comparator.comparingDouble(
                            (Integer d) -> -dims.get(d).target().priority())
                    .thenComparingDouble(d -> -dims.get(d).target().scoreGap())
                    .thenComparingInt(d -> d));
            List<RoadmapItem> out = new ArrayList<>();
            for (int d : order) {
                TargetGap t = dims.get(d).target();
                for (int level = t.currentLevel(); level < t.targetLevel(); level++) {
                    for (Recommendation r : recommendations.get(d).get(level)) {
                        out.add(new RoadmapItem(
                                out.size() + 1, dims.get(d).key(), level, t.targetLevel(), t.priority(), r));
                    }
                }
            }
            return out;
        }

        // ---- published figures ------------------------------------------------------------------

        private List<FigurePlacement> figures() {
            List<FigurePlacement> out =
                    new ArrayList<>(definition.publishedFigures().size());
            for (PublishedFigure figure : definition.publishedFigures()) {
                int q = questionIndex.get(figure.question());
                Set<Integer> options = new HashSet<>();
                for (String key : figure.options()) {
                    options.add(optionIndex.get(q).get(key));
                }
                boolean[] compare = new boolean[FUNCTIONS.length];
                for (BusinessFunction f : figure.compareWith()) {
                    compare[f.ordinal()] = true;
                }
                int n = 0;
                int matching = 0;
                for (int r = 0; r < respondents.length; r++) {
                    int a = answers[r][q];
                    if (a >= 0 && compare[respondents[r].function().ordinal()]) {
                        n++;
                        if (options.contains(a)) {
                            matching++;
                        }
                    }
                }
                Double company = n > 0 ? round(100.0 * matching / n) : null;
                Double difference = company == null ? null : round(100.0 * matching / n - figure.value());
                out.add(new FigurePlacement(figure, company, difference, n, matching));
            }
            return out;
        }
    }

    // ---- rounding -------------------------------------------------------------------------------

    /** Rounds to two decimals, half away from zero, symmetric for negative gaps, never -0.0. */
    static Double round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    static double round(double value) {
        return Math.signum(value) * Math.round(Math.abs(value) * 100) / 100.0 + 0.0;
    }

    private static double roundShare(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    private static double roundPriority(double priority) {
        return Math.round(priority * 10_000) / 10_000.0;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
