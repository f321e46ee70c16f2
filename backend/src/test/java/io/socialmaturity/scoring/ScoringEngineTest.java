package io.socialmaturity.scoring;

import static io.socialmaturity.framework.definition.BusinessFunction.IT;
import static io.socialmaturity.framework.definition.BusinessFunction.MARKETING;
import static io.socialmaturity.framework.definition.BusinessFunction.SALES;
import static io.socialmaturity.scoring.Answer.choice;
import static io.socialmaturity.scoring.Answer.notApplicable;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkDefinitionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed results on {@link TestFrameworks#small()}.
 *
 * <pre>
 *            a1    a2    b1    b2    e1    e2
 * m1 (mkt)   100   50    75    n/a   100   100
 * m2 (mkt)   50    50    0     -     50    -
 * i1 (it)    0     25    75    25    0     75
 * s1 (sales) n/a   100   -     -     -     -
 * </pre>
 */
class ScoringEngineTest {

    private static final FrameworkDefinition SMALL = TestFrameworks.small();
    private static final ScoringEngine ENGINE = new ScoringEngine(SMALL);

    static List<Respondent> handComputedRespondents() {
        return List.of(
                new Respondent(
                        "m1",
                        MARKETING,
                        List.of(
                                choice("a1", "s100"),
                                choice("a2", "s50"),
                                choice("b1", "s75"),
                                notApplicable("b2"),
                                choice("e1", "s100"),
                                choice("e2", "s100"))),
                new Respondent(
                        "m2",
                        MARKETING,
                        List.of(choice("a1", "s50"), choice("a2", "s50"), choice("b1", "s0"), choice("e1", "s50"))),
                new Respondent(
                        "i1",
                        IT,
                        List.of(
                                choice("a1", "s0"),
                                choice("a2", "s25"),
                                choice("b1", "s75"),
                                choice("b2", "s25"),
                                choice("e1", "s0"),
                                choice("e2", "s75"))),
                new Respondent("s1", SALES, List.of(notApplicable("a1"), choice("a2", "s100"))));
    }

    private static AssessmentResult handComputed() {
        return ENGINE.score(new AssessmentInput(handComputedRespondents(), Map.of("a", 5, "e", 3)));
    }

    @Test
    void questionMeansSpreadsAndCounts() {
        AssessmentResult r = handComputed();
        QuestionScore a1 = r.question("a1").all();
        assertAll(
                // a1: 100, 50, 0 (s1 said n/a): mean 50, sd sqrt(5000/3) = 40.82
                () -> assertEquals(50.0, a1.score()),
                () -> assertEquals(3, a1.scored()),
                () -> assertEquals(1, a1.notApplicable()),
                () -> assertEquals(new Spread(3, 50.0, 40.82, 0, 100), a1.spread()),
                // a2: 50, 50, 25, 100: mean 56.25, sd sqrt(742.1875) = 27.24
                () -> assertEquals(
                        new Spread(4, 56.25, 27.24, 25, 100),
                        r.question("a2").all().spread()),
                // b1: 75, 0, 75: mean 50, sd sqrt(1250) = 35.36
                () -> assertEquals(
                        new Spread(3, 50.0, 35.36, 0, 75),
                        r.question("b1").all().spread()),
                // b2: only i1 scored; m1 n/a
                () -> assertEquals(25.0, r.question("b2").all().score()),
                () -> assertEquals(1, r.question("b2").all().notApplicable()),
                () -> assertEquals(87.5, r.question("e2").all().score()),
                () -> assertEquals(
                        Map.of("s0", 1, "s25", 0, "s50", 1, "s75", 0, "s100", 1),
                        r.question("a1").optionCounts()),
                // by function: marketing a1 = (100 + 50) / 2; sales only answered n/a
                () -> assertEquals(
                        75.0, r.question("a1").byFunction().get("marketing").score()),
                () -> assertEquals(0.0, r.question("a1").byFunction().get("it").score()),
                () -> assertNull(r.question("a1").byFunction().get("sales").score()),
                () -> assertEquals(1, r.question("a1").byFunction().get("sales").notApplicable()),
                () -> assertEquals(
                        List.of("marketing", "it", "sales"),
                        List.copyOf(r.question("a1").byFunction().keySet())));
    }

    @Test
    void dimensionScoresLevelsCoverageAndSpread() {
        AssessmentResult r = handComputed();
        assertAll(
                // A = (1·50 + 3·56.25) / 4 = 54.6875
                () -> assertEquals(54.69, r.dimension("a").all().score()),
                () -> assertEquals(3, r.dimension("a").all().level()),
                () -> assertEquals(1.0, r.dimension("a").all().coverage()),
                // B = (50 + 25) / 2
                () -> assertEquals(37.5, r.dimension("b").all().score()),
                () -> assertEquals(2, r.dimension("b").all().level()),
                // E = (50 + 87.5) / 2
                () -> assertEquals(68.75, r.dimension("e").all().score()),
                () -> assertEquals(4, r.dimension("e").all().level()),
                // respondents' own A scores: m1 62.5, m2 50, i1 18.75, s1 100
                () -> assertEquals(
                        new Spread(4, 57.81, 29.11, 18.75, 100),
                        r.dimension("a").all().respondentSpread()),
                // marketing alone: A = (1·75 + 3·50) / 4; B only b1 (b2 was n/a): coverage 1/2
                () -> assertEquals(
                        56.25, r.dimension("a").byFunction().get("marketing").score()),
                () -> assertEquals(
                        37.5, r.dimension("b").byFunction().get("marketing").score()),
                () -> assertEquals(
                        0.5, r.dimension("b").byFunction().get("marketing").coverage()),
                () -> assertEquals(
                        18.75, r.dimension("a").byFunction().get("it").score()),
                () -> assertEquals(1, r.dimension("a").byFunction().get("it").level()),
                () -> assertNull(r.dimension("b").byFunction().get("sales").score()),
                () -> assertEquals(
                        0.0, r.dimension("b").byFunction().get("sales").coverage()),
                () -> assertNull(r.dimension("b").byFunction().get("sales").level()));
    }

    @Test
    void overallScoreIsWeightedButLevelIsGatedByTheWeakestBusinessArea() {
        OverallResult overall = handComputed().overall();
        assertAll(
                // (2·54.6875 + 1·37.5 + 1·68.75) / 4 = 53.90625: a level-3 score ...
                () -> assertEquals(53.91, overall.score()),
                () -> assertEquals(1.0, overall.coverage()),
                // ... but B is at level 2, and the enabler E at 4 does not lift it
                () -> assertEquals(2, overall.level()),
                () -> assertEquals(List.of("b"), overall.weakestAreas()),
                () -> assertEquals(List.of(), overall.unscoredAreas()),
                () -> assertFalse(overall.sociallyEnabled()),
                () -> assertEquals(4, overall.sociallyEnabledLevel()));
    }

    @Test
    void perceptionGapBetweenMarketingAndIt() {
        PerceptionGap gap = handComputed().perceptionGap();
        QuestionGap b1 = gap.questions().get(2);
        QuestionGap e2 = gap.questions().get(5);
        assertAll(
                () -> assertEquals(2, gap.marketingRespondents()),
                () -> assertEquals(1, gap.itRespondents()),
                () -> assertEquals(75.0, gap.questions().get(0).gap()),
                () -> assertEquals(25.0, gap.questions().get(1).gap()),
                () -> assertEquals(new QuestionGap("b1", "b", b1.perspective(), 37.5, 75.0, -37.5, 2, 1, true), b1),
                // b2: marketing only said n/a
                () -> assertNull(gap.questions().get(3).gap()),
                () -> assertFalse(gap.questions().get(3).inAlignmentIndex()),
                // e2 asks about the respondent's own function: reported, not in the index
                () -> assertEquals(25.0, e2.gap()),
                () -> assertFalse(e2.inAlignmentIndex()),
                // effective weights a1 .125, a2 .375, b1 .125, e1 .125; |gaps| 75, 25, 37.5, 75
                // mean = 32.8125 / 0.75 = 43.75 -> index 56.25
                () -> assertEquals(56.25, gap.alignmentIndex()),
                () -> assertEquals(4, gap.comparedQuestions()),
                () -> assertEquals(
                        new DimensionGap("a", 56.25, 18.75, 37.5, 37.5, 62.5, 2),
                        gap.dimensions().get(0)),
                () -> assertEquals(
                        new DimensionGap("b", 37.5, 50.0, -12.5, 37.5, 62.5, 1),
                        gap.dimensions().get(1)),
                () -> assertEquals(
                        new DimensionGap("e", 87.5, 37.5, 50.0, 75.0, 25.0, 1),
                        gap.dimensions().get(2)));
    }

    @Test
    void targetsGapsAndPrioritisedRoadmap() {
        AssessmentResult r = handComputed();
        assertAll(
                // A: level 3 -> 5; priority (2/4)·2² = 2; 80 - 54.69
                () -> assertEquals(
                        new TargetGap(5, 3, 2, 25.31, 2.0, false),
                        r.dimension("a").target()),
                // B: level 2 -> default 4; priority (1/4)·2² = 1; 60 - 37.5
                () -> assertEquals(
                        new TargetGap(4, 2, 2, 22.5, 1.0, false),
                        r.dimension("b").target()),
                // E: level 4, target 3: met
                () -> assertEquals(
                        new TargetGap(3, 4, 0, 0.0, 0.0, true), r.dimension("e").target()));
        List<String> roadmap = r.roadmap().stream()
                .map(i -> i.rank() + ":" + i.recommendation().key())
                .toList();
        assertEquals(List.of("1:a.l3", "2:a.l4", "3:b.l2", "4:b.l3"), roadmap);
        RoadmapItem first = r.roadmap().get(0);
        assertEquals(new RoadmapItem(1, "a", 3, 5, 2.0, SMALL.recommendations().get(2)), first);
    }

    @Test
    void equalPrioritiesAreOrderedByScoreGap() {
        // both areas at level 2 with target 4 but different weights: (2/4)·4 = 2 vs (1/4)·4 = 1;
        // with targets making priorities equal, the larger score gap comes first
        List<Respondent> respondents = List.of(new Respondent(
                "x",
                MARKETING,
                List.of(
                        choice("a1", "s25"),
                        choice("a2", "s25"),
                        choice("b1", "s25"),
                        choice("b2", "s50"),
                        choice("e1", "s100"),
                        choice("e2", "s100"))));
        // A 25 (level 2), B 37.5 (level 2); A target 3 -> priority .5·1 = .5; B target 4 -> .25·4 = 1
        AssessmentResult r = ENGINE.score(new AssessmentInput(respondents, Map.of("a", 3, "b", 4)));
        assertEquals(
                List.of("b.l2", "b.l3", "a.l2"),
                r.roadmap().stream().map(i -> i.recommendation().key()).toList());
        // A target 4 too: priorities .5·4 = 2 vs 1
        r = ENGINE.score(new AssessmentInput(respondents, Map.of("a", 4, "b", 4)));
        assertEquals(
                List.of("a.l2", "a.l3", "b.l2", "b.l3"),
                r.roadmap().stream().map(i -> i.recommendation().key()).toList());
    }

    @Test
    void publishedFigurePlacement() {
        List<FigurePlacement> figures = handComputed().publishedFigures();
        assertAll(
                // marketing on e1: m1 s100, m2 s50 -> 1 of 2 = 50% vs 40%
                () -> assertEquals(50.0, figures.get(0).companyValue()),
                () -> assertEquals(10.0, figures.get(0).difference()),
                () -> assertEquals(2, figures.get(0).sampleSize()),
                () -> assertEquals(1, figures.get(0).matching()),
                () -> assertEquals("top.marketing", figures.get(0).figure().key()),
                // IT on e1: i1 s0 -> 100% vs 16%
                () -> assertEquals(100.0, figures.get(1).companyValue()),
                () -> assertEquals(84.0, figures.get(1).difference()),
                () -> assertEquals(1, figures.get(1).sampleSize()));
    }

    @Test
    void respondentCompletionAndCoverage() {
        List<RespondentResult> respondents = handComputed().respondents();
        assertEquals(
                List.of("i1", "m1", "m2", "s1"),
                respondents.stream().map(RespondentResult::respondentId).toList());
        assertAll(
                // m1 answered all 6 of its questions, b2 (effective weight .125) n/a
                () -> assertEquals(new RespondentResult("m1", MARKETING, 6, 6, 1, 1.0, 0.875), respondents.get(1)),
                // m2: a1 .125, a2 .375, b1 .125, e1 .125 of 1.0
                () -> assertEquals(new RespondentResult("m2", MARKETING, 6, 4, 0, 0.75, 0.75), respondents.get(2)),
                // s1 is asked a1 and a2 only; a1 n/a: coverage .375 / .5
                () -> assertEquals(new RespondentResult("s1", SALES, 2, 2, 1, 1.0, 0.75), respondents.get(3)));
    }

    @Test
    void notApplicableLeavesTheDenominatorInsteadOfCountingAsZero() {
        AssessmentResult r = ENGINE.score(AssessmentInput.of(
                List.of(new Respondent("x", MARKETING, List.of(choice("a1", "s100"), notApplicable("a2"))))));
        assertEquals(100.0, r.dimension("a").all().score());
        assertEquals(0.25, r.dimension("a").all().coverage());
        assertNull(r.dimension("b").all().score());
        // overall score over scored dimensions only; coverage (2·.25) / 4
        assertEquals(100.0, r.overall().score());
        assertEquals(0.125, r.overall().coverage());
        assertNull(r.overall().level());
        assertEquals(List.of("b"), r.overall().unscoredAreas());
        assertFalse(r.overall().sociallyEnabled());
        assertTrue(r.roadmap().stream().noneMatch(i -> i.dimension().equals("b")));
    }

    @Test
    void noRespondentsGivesAnEmptyButWellFormedResult() {
        AssessmentResult r = ENGINE.score(AssessmentInput.of(List.of()));
        assertAll(
                () -> assertEquals(0, r.respondentCount()),
                () -> assertNull(r.overall().score()),
                () -> assertEquals(0.0, r.overall().coverage()),
                () -> assertNull(r.overall().level()),
                () -> assertEquals(List.of("a", "b"), r.overall().unscoredAreas()),
                () -> assertNull(r.perceptionGap().alignmentIndex()),
                () -> assertEquals(List.of(), r.roadmap()),
                () -> assertNull(r.publishedFigures().get(0).companyValue()),
                () -> assertEquals(0, r.publishedFigures().get(0).sampleSize()),
                () -> assertTrue(r.question("a1").byFunction().isEmpty()));
    }

    @Test
    void sociallyEnabledWhenEveryBusinessAreaReachesTheThreshold() {
        // every area at 75 (level 4), the enabler at 0 (level 1): socially enabled, enabler reported apart
        AssessmentResult r = ENGINE.score(AssessmentInput.of(List.of(new Respondent(
                "x",
                IT,
                List.of(
                        choice("a1", "s75"),
                        choice("a2", "s75"),
                        choice("b1", "s75"),
                        choice("b2", "s75"),
                        choice("e1", "s0"),
                        choice("e2", "s0"))))));
        assertEquals(4, r.overall().level());
        assertTrue(r.overall().sociallyEnabled());
        assertEquals(1, r.dimension("e").all().level());
        // the enabler still pulls the overall score down: (2·75 + 75 + 0) / 4
        assertEquals(56.25, r.overall().score());
        assertEquals(
                List.of("e.l1", "e.l2", "e.l3"),
                r.roadmap().stream().map(i -> i.recommendation().key()).toList());
    }

    @Test
    void levelBoundariesFollowTheRoundedScore() {
        FrameworkDefinition def = SMALL;
        assertEquals(1, def.levelFor(0).orElseThrow().level());
        assertEquals(1, def.levelFor(19.99).orElseThrow().level());
        assertEquals(2, def.levelFor(20).orElseThrow().level());
        assertEquals(4, def.levelFor(79.99).orElseThrow().level());
        assertEquals(5, def.levelFor(80).orElseThrow().level());
        assertEquals(5, def.levelFor(100).orElseThrow().level());
        assertTrue(def.levelFor(100.01).isEmpty());
    }

    @Test
    void roundingIsSymmetricAndNeverNegativeZero() {
        assertEquals(0.13, ScoringEngine.round(0.125));
        assertEquals(-0.13, ScoringEngine.round(-0.125));
        assertEquals(Double.valueOf(0.0), ScoringEngine.round(-0.0));
        assertEquals(Double.valueOf(0.0), ScoringEngine.round(-0.001));
    }

    @Test
    void inputThatDoesNotFitTheFrameworkIsRefusedWithAClearMessage() {
        var unknownQuestion = assertThrows(
                InvalidAssessmentInputException.class,
                () -> ENGINE.score(AssessmentInput.of(List.of(new Respondent("r1", IT, List.of(choice("zz", "s0")))))));
        assertEquals("respondent 'r1' answered unknown question 'zz'", unknownQuestion.getMessage());
        var unknownOption = assertThrows(
                InvalidAssessmentInputException.class,
                () -> ENGINE.score(
                        AssessmentInput.of(List.of(new Respondent("r1", IT, List.of(choice("a1", "often")))))));
        assertEquals("respondent 'r1' chose unknown option 'often' of question 'a1'", unknownOption.getMessage());
        var twice = assertThrows(
                InvalidAssessmentInputException.class,
                () -> ENGINE.score(AssessmentInput.of(
                        List.of(new Respondent("r1", IT, List.of(choice("a1", "s0"), notApplicable("a1")))))));
        assertEquals("respondent 'r1' answered question 'a1' more than once", twice.getMessage());
        var duplicate = assertThrows(
                InvalidAssessmentInputException.class,
                () -> ENGINE.score(AssessmentInput.of(
                        List.of(new Respondent("r1", IT, List.of()), new Respondent("r1", SALES, List.of())))));
        assertEquals("duplicate respondent id 'r1'", duplicate.getMessage());
        var target = assertThrows(
                InvalidAssessmentInputException.class,
                () -> ENGINE.score(new AssessmentInput(List.of(), Map.of("a", 6))));
        assertEquals("target level of dimension 'a' must be between 1 and 5, was 6", target.getMessage());
        var targetDimension = assertThrows(
                InvalidAssessmentInputException.class,
                () -> ENGINE.score(new AssessmentInput(List.of(), Map.of("zz", 3))));
        assertEquals("target level for unknown dimension 'zz'", targetDimension.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Answer("a1", "s0", true));
    }

    @Test
    void anInvalidDefinitionIsRefusedByTheEngine() {
        FrameworkDefinition noLevels = new FrameworkDefinition(
                "x",
                1,
                List.of("en"),
                SMALL.title(),
                SMALL.description(),
                SMALL.notApplicableLabel(),
                4,
                4,
                List.of(),
                SMALL.dimensions(),
                SMALL.recommendations(),
                List.of());
        var e = assertThrows(FrameworkDefinitionException.class, () -> new ScoringEngine(noLevels));
        assertTrue(e.getMessage().contains("<x v1>: $.levels: exactly 5 levels are required, found 0"), e.getMessage());
    }

    @Test
    void theDefaultFrameworkScoresEndToEnd() {
        var loaded = new io.socialmaturity.framework.definition.FrameworkLoader().loadDefault();
        ScoringEngine engine = new ScoringEngine(loaded.definition());
        AssessmentResult r = engine.score(AssessmentInput.of(List.of(
                new Respondent(
                        "cmo",
                        MARKETING,
                        List.of(
                                choice("aln.collab_frequency", "frequent"),
                                choice("aln.willingness", "willing_started"),
                                choice("mkt.listening", "tool"))),
                new Respondent(
                        "cio",
                        IT,
                        List.of(
                                choice("aln.collab_frequency", "nonexistent"),
                                choice("aln.willingness", "not_priority"),
                                choice("mkt.listening", "manual"))))));
        FigurePlacement frequentIt = r.publishedFigures().stream()
                .filter(f -> f.figure().key().equals("oracle.collab_frequent.it"))
                .findFirst()
                .orElseThrow();
        assertEquals(0.0, frequentIt.companyValue());
        assertEquals(-26.0, frequentIt.difference());
        FigurePlacement nonexistent = r.publishedFigures().stream()
                .filter(f -> f.figure().key().equals("oracle.collab_nonexistent.cio"))
                .findFirst()
                .orElseThrow();
        assertEquals(100.0, nonexistent.companyValue());
        assertEquals(84.0, nonexistent.difference());
        // company questions compared: collab_frequency (100 vs 0), listening (70 vs 35); willingness is own-function
        assertEquals(2, r.perceptionGap().comparedQuestions());
        assertEquals(
                70.0, r.dimension("marketing").byFunction().get("marketing").score());
    }
}
