package io.socialmaturity.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.socialmaturity.framework.definition.AnswerOption;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.framework.definition.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the engine, on the default framework (43 questions) with random respondents:
 * every answer is either missing, "not applicable" or one of the question's options.
 */
class ScoringProperties {

    private static final FrameworkDefinition DEF =
            new FrameworkLoader().loadDefault().definition();
    private static final ScoringEngine ENGINE = new ScoringEngine(DEF);
    private static final List<Question> QUESTIONS = DEF.questions().toList();
    private static final int MISSING = -2;
    private static final int NOT_APPLICABLE = -1;

    // ---- generators -----------------------------------------------------------------------------

    /** A respondent as (function, one code per question: -2 missing, -1 n/a, else option index). */
    record Draft(BusinessFunction function, List<Integer> codes) {}

    @Provide
    Arbitrary<List<Draft>> drafts() {
        Arbitrary<List<Integer>> codes = Arbitraries.integers()
                .between(0, 999)
                .list()
                .ofSize(QUESTIONS.size())
                .map(raw -> {
                    List<Integer> out = new ArrayList<>(raw.size());
                    for (int q = 0; q < raw.size(); q++) {
                        out.add(raw.get(q) % (QUESTIONS.get(q).options().size() + 2) - 2);
                    }
                    return out;
                });
        return Combinators.combine(Arbitraries.of(BusinessFunction.class), codes)
                .as(Draft::new)
                .list()
                .ofMaxSize(20);
    }

    @Provide
    Arbitrary<Map<String, Integer>> targets() {
        return Arbitraries.maps(
                        Arbitraries.of(
                                DEF.dimensions().stream().map(Dimension::key).toList()),
                        Arbitraries.integers().between(1, 5))
                .ofMaxSize(6);
    }

    static List<Respondent> respondents(List<Draft> drafts) {
        List<Respondent> out = new ArrayList<>();
        for (int r = 0; r < drafts.size(); r++) {
            out.add(respondent("r" + r, drafts.get(r)));
        }
        return out;
    }

    static Respondent respondent(String id, Draft draft) {
        List<Answer> answers = new ArrayList<>();
        for (int q = 0; q < QUESTIONS.size(); q++) {
            int code = draft.codes().get(q);
            if (code == NOT_APPLICABLE) {
                answers.add(Answer.notApplicable(QUESTIONS.get(q).key()));
            } else if (code >= 0) {
                answers.add(Answer.choice(
                        QUESTIONS.get(q).key(),
                        QUESTIONS.get(q).options().get(code).key()));
            }
        }
        return new Respondent(id, draft.function(), answers);
    }

    /** Every score-like figure of a result, by name: what "a score changes" means. */
    static Map<String, Object> scores(AssessmentResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (QuestionResult q : r.questions()) {
            out.put("q " + q.key(), q.all().score());
            out.put("q spread " + q.key(), q.all().spread());
            q.byFunction().forEach((f, s) -> out.put("q " + q.key() + " " + f, s.score()));
        }
        for (DimensionResult d : r.dimensions()) {
            out.put("d " + d.key(), d.all().score());
            out.put("d coverage " + d.key(), d.all().coverage());
            out.put("d level " + d.key(), d.all().level());
            out.put("d target " + d.key(), d.target());
            d.byFunction().forEach((f, s) -> {
                out.put("d " + d.key() + " " + f, s.score());
                out.put("d coverage " + d.key() + " " + f, s.coverage());
            });
        }
        out.put("overall", r.overall());
        out.put("alignment index", r.perceptionGap().alignmentIndex());
        out.put("question gaps", r.perceptionGap().questions());
        out.put("dimension gaps", r.perceptionGap().dimensions());
        out.put("roadmap", r.roadmap());
        r.publishedFigures()
                .forEach(f -> out.put(
                        "figure " + f.figure().key(),
                        List.of(String.valueOf(f.companyValue()), f.sampleSize(), f.matching())));
        return out;
    }

    // ---- properties -----------------------------------------------------------------------------

    @Property(tries = 300)
    void everyScoreIsWithinZeroToHundredAndEveryCoverageWithinZeroToOne(
            @ForAll("drafts") List<Draft> drafts, @ForAll("targets") Map<String, Integer> targets) {
        AssessmentResult r = ENGINE.score(new AssessmentInput(respondents(drafts), targets));
        for (QuestionResult q : r.questions()) {
            checkQuestion(q.all());
            q.byFunction().values().forEach(ScoringProperties::checkQuestion);
        }
        for (DimensionResult d : r.dimensions()) {
            checkDimension(d.all());
            d.byFunction().values().forEach(ScoringProperties::checkDimension);
            assertTrue(d.target().priority() >= 0);
            if (d.target().scoreGap() != null) {
                assertInRange(d.target().scoreGap(), 0, 100);
            }
        }
        if (r.overall().score() != null) {
            assertInRange(r.overall().score(), 0, 100);
        }
        assertInRange(r.overall().coverage(), 0, 1);
        if (r.perceptionGap().alignmentIndex() != null) {
            assertInRange(r.perceptionGap().alignmentIndex(), 0, 100);
        }
        for (QuestionGap g : r.perceptionGap().questions()) {
            if (g.gap() != null) {
                assertInRange(g.gap(), -100, 100);
            }
        }
        for (FigurePlacement f : r.publishedFigures()) {
            if (f.companyValue() != null) {
                assertInRange(f.companyValue(), 0, 100);
                assertInRange(f.difference(), -100, 100);
            }
        }
        for (RespondentResult p : r.respondents()) {
            assertInRange(p.coverage(), 0, 1);
            assertInRange(p.completion(), p.coverage(), 1);
        }
    }

    @Property(tries = 300)
    void addingNotApplicableAnswersNeverChangesAScore(
            @ForAll("drafts") List<Draft> drafts, @ForAll BusinessFunction newcomer, @ForAll Random random) {
        List<Respondent> before = respondents(drafts);
        // every missing answer of some respondents becomes n/a, and a newcomer answers n/a to a random subset
        List<Draft> changed = new ArrayList<>();
        for (Draft d : drafts) {
            if (random.nextBoolean()) {
                changed.add(new Draft(
                        d.function(),
                        d.codes().stream()
                                .map(c -> c == MISSING ? NOT_APPLICABLE : c)
                                .toList()));
            } else {
                changed.add(d);
            }
        }
        List<Respondent> after = respondents(changed);
        List<Integer> newcomerCodes = new ArrayList<>();
        QUESTIONS.forEach(q -> newcomerCodes.add(random.nextBoolean() ? NOT_APPLICABLE : MISSING));
        after.add(respondent("newcomer", new Draft(newcomer, newcomerCodes)));

        Map<String, Object> expected = scores(ENGINE.score(AssessmentInput.of(before)));
        Map<String, Object> actual = scores(ENGINE.score(AssessmentInput.of(after)));
        // the newcomer's function may appear as a new group, with no score: compare what existed before
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
        }
        actual.keySet().stream()
                .filter(k -> !expected.containsKey(k))
                .filter(k -> k.startsWith("q ") || k.startsWith("d "))
                .forEach(
                        k -> assertTrue(actual.get(k) == null || actual.get(k).equals(0.0), k + " = " + actual.get(k)));
    }

    @Property(tries = 300)
    void theOrderOfRespondentsNeverChangesTheResult(
            @ForAll("drafts") List<Draft> drafts,
            @ForAll("targets") Map<String, Integer> targets,
            @ForAll Random random) {
        List<Respondent> respondents = respondents(drafts);
        List<Respondent> shuffled = new ArrayList<>(respondents);
        Collections.shuffle(shuffled, random);
        assertEquals(
                ENGINE.score(new AssessmentInput(respondents, targets)),
                ENGINE.score(new AssessmentInput(shuffled, targets)));
    }

    @Property(tries = 500)
    void raisingOneAnswerNeverLowersItsDimensionScore(
            @ForAll("drafts") List<Draft> drafts, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        // candidates: scored answers that have a higher-scoring option
        List<int[]> candidates = new ArrayList<>();
        for (int r = 0; r < drafts.size(); r++) {
            for (int q = 0; q < QUESTIONS.size(); q++) {
                int code = drafts.get(r).codes().get(q);
                if (code >= 0 && code < QUESTIONS.get(q).options().size() - 1) {
                    candidates.add(new int[] {r, q});
                }
            }
        }
        Assume.that(!candidates.isEmpty());
        int[] chosen = candidates.get(pick % candidates.size());
        int r = chosen[0];
        int q = chosen[1];
        Question question = QUESTIONS.get(q);
        int current = drafts.get(r).codes().get(q);
        int raised = current + 1 + pick % (question.options().size() - 1 - current);
        List<AnswerOption> options = question.options();
        Assume.that(options.get(raised).score() > options.get(current).score());

        List<Integer> codes = new ArrayList<>(drafts.get(r).codes());
        codes.set(q, raised);
        List<Draft> after = new ArrayList<>(drafts);
        after.set(r, new Draft(drafts.get(r).function(), codes));

        AssessmentResult before = ENGINE.score(AssessmentInput.of(respondents(drafts)));
        AssessmentResult later = ENGINE.score(AssessmentInput.of(respondents(after)));
        String dim = before.question(question.key()).dimension();
        String function = drafts.get(r).function().key();
        assertTrue(later.question(question.key()).all().score()
                >= before.question(question.key()).all().score());
        assertTrue(
                later.dimension(dim).all().score()
                        >= before.dimension(dim).all().score(),
                dim);
        assertTrue(
                later.dimension(dim).byFunction().get(function).score()
                        >= before.dimension(dim).byFunction().get(function).score(),
                dim + " " + function);
        assertTrue(later.dimension(dim).all().level()
                >= before.dimension(dim).all().level());
        assertTrue(later.overall().score() >= before.overall().score());
        if (before.overall().level() != null) {
            assertTrue(later.overall().level() >= before.overall().level());
        }
    }

    @Property(tries = 300)
    void theWeakestBusinessAreaGatesTheOverallLevel(@ForAll("drafts") List<Draft> drafts) {
        AssessmentResult r = ENGINE.score(AssessmentInput.of(respondents(drafts)));
        List<DimensionResult> areas =
                r.dimensions().stream().filter(DimensionResult::businessArea).toList();
        OverallResult overall = r.overall();
        if (areas.stream().anyMatch(a -> a.all().level() == null)) {
            assertNull(overall.level());
            assertTrue(!overall.unscoredAreas().isEmpty());
            assertTrue(!overall.sociallyEnabled());
            return;
        }
        int weakest = areas.stream().mapToInt(a -> a.all().level()).min().orElseThrow();
        assertEquals(weakest, overall.level());
        areas.forEach(a -> assertTrue(a.all().level() >= overall.level()));
        assertEquals(
                areas.stream()
                        .filter(a -> a.all().level() == weakest)
                        .map(DimensionResult::key)
                        .toList(),
                overall.weakestAreas());
        assertEquals(
                areas.stream().allMatch(a -> a.all().level() >= DEF.sociallyEnabledLevel()), overall.sociallyEnabled());
    }

    @Property(tries = 300)
    void identicalAnswersFromMarketingAndItGiveAnAlignmentIndexOf100(
            @ForAll("drafts") List<Draft> shared, @ForAll("drafts") List<Draft> others) {
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < shared.size(); i++) {
            respondents.add(respondent(
                    "m" + i, new Draft(BusinessFunction.MARKETING, shared.get(i).codes())));
            respondents.add(respondent(
                    "i" + i, new Draft(BusinessFunction.IT, shared.get(i).codes())));
        }
        for (int i = 0; i < others.size(); i++) {
            BusinessFunction f = others.get(i).function();
            if (f != BusinessFunction.MARKETING && f != BusinessFunction.IT) {
                respondents.add(respondent("o" + i, others.get(i)));
            }
        }
        PerceptionGap gap = ENGINE.score(AssessmentInput.of(respondents)).perceptionGap();
        if (gap.comparedQuestions() == 0) {
            assertNull(gap.alignmentIndex());
        } else {
            assertEquals(100.0, gap.alignmentIndex());
        }
        gap.questions().forEach(g -> assertTrue(g.gap() == null || g.gap() == 0.0, g.questionKey()));
        gap.dimensions().forEach(d -> {
            assertTrue(d.gap() == null || d.gap() == 0.0, d.dimension());
            assertTrue(d.alignmentIndex() == null || d.alignmentIndex() == 100.0, d.dimension());
        });
    }

    @Property(tries = 300)
    void theRoadmapPutsTheLargestWeightedGapFirst(
            @ForAll("drafts") List<Draft> drafts, @ForAll("targets") Map<String, Integer> targets) {
        AssessmentResult r = ENGINE.score(new AssessmentInput(respondents(drafts), targets));
        List<RoadmapItem> roadmap = r.roadmap();
        Map<String, Integer> lastLevel = new HashMap<>();
        for (int i = 0; i < roadmap.size(); i++) {
            RoadmapItem item = roadmap.get(i);
            assertEquals(i + 1, item.rank());
            if (i > 0) {
                assertTrue(roadmap.get(i - 1).priority() >= item.priority());
            }
            TargetGap target = r.dimension(item.dimension()).target();
            assertTrue(item.fromLevel() >= target.currentLevel() && item.fromLevel() < target.targetLevel());
            assertTrue(item.fromLevel() >= lastLevel.getOrDefault(item.dimension(), 0));
            lastLevel.put(item.dimension(), item.fromLevel());
        }
        // every unmet, scored dimension is on the roadmap
        r.dimensions().stream()
                .filter(d -> d.target().currentLevel() != null && !d.target().met())
                .forEach(d -> assertTrue(lastLevel.containsKey(d.key()), d.key()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void checkQuestion(QuestionScore s) {
        if (s.score() == null) {
            assertEquals(0, s.scored());
            return;
        }
        assertInRange(s.score(), 0, 100);
        assertInRange(s.spread().min(), 0, 100);
        assertInRange(s.spread().max(), s.spread().min(), 100);
        assertInRange(s.spread().standardDeviation(), 0, 50);
    }

    private static void checkDimension(DimensionScore s) {
        assertInRange(s.coverage(), 0, 1);
        if (s.score() == null) {
            assertNull(s.level());
            return;
        }
        assertInRange(s.score(), 0, 100);
        assertTrue(s.level() >= 1 && s.level() <= 5);
        assertInRange(s.respondentSpread().mean(), 0, 100);
        assertInRange(s.respondentSpread().standardDeviation(), 0, 50);
    }

    private static void assertInRange(double value, double min, double max) {
        assertTrue(value >= min && value <= max, value + " not in [" + min + ", " + max + "]");
    }
}
