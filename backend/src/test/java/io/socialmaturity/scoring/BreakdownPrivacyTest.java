package io.socialmaturity.scoring;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.framework.definition.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The privacy rule for breakdowns by business function (docs/ENGINE.md), on the default framework. */
class BreakdownPrivacyTest {

    static final FrameworkDefinition DEF = new FrameworkLoader().loadDefault().definition();
    static final ScoringEngine ENGINE = new ScoringEngine(DEF);

    /** A respondent answering every question meant for their function with the option at {@code index}. */
    static Respondent respondent(String id, BusinessFunction f, int index) {
        List<Answer> answers = new ArrayList<>();
        for (Question q : DEF.questions().filter(q -> q.isFor(f)).toList()) {
            answers.add(Answer.choice(
                    q.key(),
                    q.options().get(Math.min(index, q.options().size() - 1)).key()));
        }
        return new Respondent(id, f, answers);
    }

    static AssessmentResult score(Respondent... rs) {
        return ENGINE.score(new AssessmentInput(List.of(rs), Map.of()));
    }

    @Test
    void aSingleItRespondentsAnswersAreNeitherShownNorDerivableForRespondents() {
        AssessmentResult full =
                score(respondent("m", BusinessFunction.MARKETING, 3), respondent("i", BusinessFunction.IT, 0));
        assertNotNull(full.perceptionGap().alignmentIndex(), "the engine computes it");
        for (BreakdownPrivacy rule : List.of(BreakdownPrivacy.RESPONDENTS, new BreakdownPrivacy(2, true))) {
            BreakdownPrivacy.Disclosed d = rule.apply(full);
            AssessmentResult r = d.result();
            assertTrue(r.questions().stream().noneMatch(q -> q.byFunction().containsKey("it")));
            assertTrue(r.dimensions().stream().noneMatch(x -> x.byFunction().containsKey("it")));
            assertTrue(r.perceptionGap().questions().stream().allMatch(q -> q.it() == null && q.gap() == null));
            assertTrue(r.perceptionGap().dimensions().stream()
                    .allMatch(x -> x.it() == null
                            && x.gap() == null
                            && x.alignmentIndex() == null
                            && x.meanAbsoluteGap() == null));
            assertNull(r.perceptionGap().alignmentIndex(), "the index would carry the hidden answers");
            // figures comparing IT respondents are hidden; the company-wide figures stay
            assertTrue(r.publishedFigures().stream()
                    .filter(p -> p.figure().compareWith().contains(BusinessFunction.IT))
                    .allMatch(p -> p.companyValue() == null && p.matching() == 0));
            assertEquals(full.dimensions().get(0).all(), r.dimensions().get(0).all());
            assertEquals(full.overall(), r.overall());
            assertTrue(
                    d.singleByQuestion().isEmpty()
                            && d.singleByDimension().isEmpty()
                            && d.singleFigures().isEmpty()
                            && d.singleAlignment().isEmpty(),
                    "a hidden figure is not marked, it is absent");
        }
        assertTrue(
                BreakdownPrivacy.RESPONDENTS.apply(full).result().respondents().isEmpty(), "no per-person rows");
        assertEquals(
                2, BreakdownPrivacy.MANAGERS.apply(full).result().respondents().size());
    }

    @Test
    void managersSeeOneCmoAndOneCioWithEveryFigureMarkedAsOnePersonsView() {
        AssessmentResult full =
                score(respondent("m", BusinessFunction.MARKETING, 3), respondent("i", BusinessFunction.IT, 0));
        BreakdownPrivacy.Disclosed d = BreakdownPrivacy.MANAGERS.apply(full);
        assertEquals(1, d.minimum());
        assertEquals(full, d.result(), "nothing hidden from the admin: the engine's result as it is");
        assertTrue(d.hiddenByQuestion().isEmpty()
                && d.hiddenByDimension().isEmpty()
                && d.hiddenFigures().isEmpty());
        for (DimensionResult x : full.dimensions()) {
            for (String f : x.byFunction().keySet()) {
                assertTrue(d.single(x.key(), f), x.key() + " " + f + " rests on one respondent");
            }
        }
        for (QuestionResult q : full.questions()) {
            q.byFunction()
                    .forEach(
                            (f, s) -> assertEquals(s.scored() == 1, d.singleInQuestion(q.key(), f), q.key() + " " + f));
        }
        assertTrue(d.singleIndex(BreakdownPrivacy.Disclosed.OVERALL), "the index compares one CMO with one CIO");
        full.perceptionGap().dimensions().stream()
                .filter(g -> g.alignmentIndex() != null)
                .forEach(g -> assertTrue(d.singleIndex(g.dimension()), g.dimension()));
        full.publishedFigures()
                .forEach(p -> assertEquals(
                        p.sampleSize() == 1,
                        d.singleFigures().contains(p.figure().key()),
                        p.figure().key()));
        assertTrue(
                full.publishedFigures().stream().anyMatch(p -> p.sampleSize() == 1), "the fixture has such a figure");
    }

    @Test
    void managersSeeEveryPlacementEvenWhereAComparedFunctionHasNoScoredAnswer() {
        // IT answers "not applicable" everywhere: IT has no scored answer, so no IT figure exists to hide, and the
        // placements must not say "hidden: fewer than 1 respondents"
        Respondent it = new Respondent(
                "i",
                BusinessFunction.IT,
                respondent("i", BusinessFunction.IT, 0).answers().stream()
                        .map(a -> Answer.notApplicable(a.questionKey()))
                        .toList());
        AssessmentResult full = score(respondent("m", BusinessFunction.MARKETING, 3), it);
        BreakdownPrivacy.Disclosed d = BreakdownPrivacy.MANAGERS.apply(full);
        assertTrue(d.hiddenFigures().isEmpty(), () -> "never 'fewer than 1': " + d.hiddenFigures());
        assertEquals(full.publishedFigures(), d.result().publishedFigures());
    }

    @Test
    void twoOfAFunctionAreAGroupAndCarryNoMark() {
        AssessmentResult full = score(
                respondent("m1", BusinessFunction.MARKETING, 3),
                respondent("m2", BusinessFunction.MARKETING, 2),
                respondent("i1", BusinessFunction.IT, 0),
                respondent("i2", BusinessFunction.IT, 1));
        BreakdownPrivacy.Disclosed d = BreakdownPrivacy.MANAGERS.apply(full);
        assertTrue(d.singleByDimension().isEmpty(), d.singleByDimension()::toString);
        assertTrue(d.singleAlignment().isEmpty());
        // one marketing and two IT: only marketing is marked, and the index that compares it
        BreakdownPrivacy.Disclosed one = BreakdownPrivacy.MANAGERS.apply(score(
                respondent("m1", BusinessFunction.MARKETING, 3),
                respondent("i1", BusinessFunction.IT, 0),
                respondent("i2", BusinessFunction.IT, 1)));
        assertTrue(one.single("marketing", "marketing"));
        assertFalse(one.single("marketing", "it"));
        assertTrue(one.singleIndex(BreakdownPrivacy.Disclosed.OVERALL));
    }

    @Test
    void twoOfAFunctionAreShownToManagersNotToRespondents() {
        AssessmentResult full = score(respondent("a", BusinessFunction.IT, 0), respondent("b", BusinessFunction.IT, 2));
        assertTrue(BreakdownPrivacy.MANAGERS
                .apply(full)
                .result()
                .dimension("marketing")
                .byFunction()
                .containsKey("it"));
        assertFalse(BreakdownPrivacy.RESPONDENTS
                .apply(full)
                .result()
                .dimension("marketing")
                .byFunction()
                .containsKey("it"));
        AssessmentResult three = score(
                respondent("a", BusinessFunction.IT, 0),
                respondent("b", BusinessFunction.IT, 2),
                respondent("c", BusinessFunction.IT, 1));
        assertEquals(
                three.dimension("marketing").byFunction().get("it"),
                BreakdownPrivacy.RESPONDENTS
                        .apply(three)
                        .result()
                        .dimension("marketing")
                        .byFunction()
                        .get("it"));
    }

    @Test
    void theCompanyFigureMinusTheVisibleGroupsWouldGiveTheHiddenOne() {
        // 3 marketing, 1 IT: marketing alone passes, but company mean − marketing would be IT's own answer
        AssessmentResult full = score(
                respondent("m1", BusinessFunction.MARKETING, 3),
                respondent("m2", BusinessFunction.MARKETING, 2),
                respondent("m3", BusinessFunction.MARKETING, 1),
                respondent("i", BusinessFunction.IT, 0));
        BreakdownPrivacy.Disclosed d = BreakdownPrivacy.RESPONDENTS.apply(full);
        QuestionResult q = d.result()
                .question(full.questions().stream()
                        .filter(x -> x.byFunction().containsKey("marketing")
                                && x.byFunction().containsKey("it")
                                && !x.byFunction().containsKey("executive"))
                        .findFirst()
                        .orElseThrow()
                        .key());
        assertTrue(
                q.byFunction().isEmpty(), () -> "both hidden: " + q.byFunction().keySet());
        assertEquals(Set.of("marketing", "it"), d.hiddenByQuestion().get(q.key()));
        // with 3 + 3 both groups are shown, the rest (0) reveals nothing
        AssessmentResult six = score(
                respondent("m1", BusinessFunction.MARKETING, 3),
                respondent("m2", BusinessFunction.MARKETING, 2),
                respondent("m3", BusinessFunction.MARKETING, 1),
                respondent("i1", BusinessFunction.IT, 0),
                respondent("i2", BusinessFunction.IT, 1),
                respondent("i3", BusinessFunction.IT, 0));
        BreakdownPrivacy.Disclosed shown = BreakdownPrivacy.RESPONDENTS.apply(six);
        assertEquals(
                six.perceptionGap(),
                shown.result().perceptionGap(),
                "nothing hidden: the engine's figures as they are");
        assertTrue(shown.hiddenByQuestion().isEmpty());
    }

    @Test
    void hidingOneQuestionRecomputesTheIndexWithoutIt() {
        BreakdownPrivacy rule = new BreakdownPrivacy(2, true);
        // two per side, but one IT respondent answers "not applicable" to one question: IT has one answer there
        Respondent i1 = respondent("i1", BusinessFunction.IT, 0);
        Question first = DEF.questions()
                .filter(q -> q.isFor(BusinessFunction.IT)
                        && q.isFor(BusinessFunction.MARKETING)
                        && q.perspective() == io.socialmaturity.framework.definition.Perspective.COMPANY)
                .findFirst()
                .orElseThrow();
        List<Answer> answers =
                new ArrayList<>(respondent("i2", BusinessFunction.IT, 1).answers());
        answers.replaceAll(a -> a.questionKey().equals(first.key()) ? Answer.notApplicable(first.key()) : a);
        AssessmentResult full = score(
                respondent("m1", BusinessFunction.MARKETING, 3),
                respondent("m2", BusinessFunction.MARKETING, 2),
                i1,
                new Respondent("i2", BusinessFunction.IT, answers));
        BreakdownPrivacy.Disclosed d = rule.apply(full);
        QuestionGap hidden = d.result().perceptionGap().questions().stream()
                .filter(q -> q.questionKey().equals(first.key()))
                .findFirst()
                .orElseThrow();
        assertNull(hidden.it());
        assertNull(hidden.gap());
        assertFalse(hidden.inAlignmentIndex());
        assertEquals(
                full.perceptionGap().comparedQuestions() - 1,
                d.result().perceptionGap().comparedQuestions());
        assertNotNull(d.result().perceptionGap().alignmentIndex());
    }

    @Test
    void anonymousAssessmentsUseTheRespondentsRuleForEveryone() {
        assertEquals(BreakdownPrivacy.RESPONDENTS.minimum(), BreakdownPrivacy.ANONYMOUS.minimum());
        assertFalse(BreakdownPrivacy.ANONYMOUS.keepRespondents(), "no per-person rows, even for admins");
        // one IT beside three marketing: IT hidden, and marketing too, else the total minus marketing gives IT
        assertEquals(
                Set.of("it", "marketing"), BreakdownPrivacy.ANONYMOUS.hiddenGroups(Map.of("marketing", 3, "it", 1), 4));
        // three of each: nothing hidden
        assertEquals(Set.of(), BreakdownPrivacy.ANONYMOUS.hiddenGroups(Map.of("marketing", 3, "it", 3), 6));
        // the smallest visible group goes with the lone one, the largest stays
        assertEquals(
                Set.of("it", "sales"),
                BreakdownPrivacy.ANONYMOUS.hiddenGroups(Map.of("marketing", 4, "it", 1, "sales", 3), 8));
    }
}
