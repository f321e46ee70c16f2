package io.socialmaturity.results;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.scoring.Answer;
import io.socialmaturity.scoring.AssessmentInput;
import io.socialmaturity.scoring.AssessmentResult;
import io.socialmaturity.scoring.BreakdownPrivacy;
import io.socialmaturity.scoring.Respondent;
import io.socialmaturity.scoring.ScoringEngine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The one formatter of what the results page and the PDF show. */
class ResultDisplayTest {

    static final FrameworkDefinition DEF = new FrameworkLoader().loadDefault().definition();

    @Test
    void scoresRoundHalfAwayFromZeroInBothLanguages() {
        // NumberFormat alone rounds half to even (51.2), the browser half up (51.3): one rule for both now
        assertEquals("51.3", ResultDisplay.number(51.25, 1, Locale.ENGLISH));
        assertEquals("51,3", ResultDisplay.number(51.25, 1, Locale.ITALIAN));
        assertEquals("51.4", ResultDisplay.number(51.35, 1, Locale.ENGLISH));
        assertEquals("70.0", ResultDisplay.number(70.0, 1, Locale.ENGLISH));
        assertEquals("0.0", ResultDisplay.number(-0.04, 1, Locale.ENGLISH));
        assertEquals("—", ResultDisplay.number(null, 1, Locale.ENGLISH));
    }

    @Test
    void aRoadmapStepGoesFromTheRecommendationsLevelToTheNext() {
        AssessmentResult r = new ScoringEngine(DEF)
                .score(new AssessmentInput(
                        List.of(new Respondent(
                                "a",
                                BusinessFunction.MARKETING,
                                DEF.questions()
                                        .filter(q -> q.isFor(BusinessFunction.MARKETING))
                                        .map(q -> Answer.choice(
                                                q.key(), q.options().get(1).key()))
                                        .toList())),
                        Map.of("marketing", 5)));
        ResultDisplay.Display d = ResultDisplay.of(BreakdownPrivacy.MANAGERS.apply(r), DEF, Locale.ENGLISH);
        // marketing at level 2 with target 5: three steps 2→3, 3→4, 4→5, never "from 2 to 5"
        List<String> steps = d.roadmap().stream()
                .filter(s -> s.dimension().equals("marketing"))
                .map(ResultDisplay.Step::step)
                .distinct()
                .toList();
        assertEquals(
                List.of(
                        "From 2 · Experimenting to 3 · Coordinated",
                        "From 3 · Coordinated to 4 · Integrated",
                        "From 4 · Integrated to 5 · Leading"),
                steps);
        assertEquals("NOT_ENABLED", d.verdict().state());
    }

    @Test
    void noAnswersMeansNoVerdict() {
        AssessmentResult r = new ScoringEngine(DEF).score(new AssessmentInput(List.of(), Map.of()));
        ResultDisplay.Display en = ResultDisplay.of(BreakdownPrivacy.MANAGERS.apply(r), DEF, Locale.ENGLISH);
        assertEquals("INSUFFICIENT", en.verdict().state());
        assertEquals("Not enough answers yet for a verdict", en.verdict().headline());
        assertNull(en.verdict().heldBackBy());
        ResultDisplay.Display it = ResultDisplay.of(BreakdownPrivacy.MANAGERS.apply(r), DEF, Locale.ITALIAN);
        assertEquals(
                "Risposte ancora insufficienti per un giudizio", it.verdict().headline());
    }

    @Test
    void englishAndItalianHaveTheSameKeys() throws Exception {
        Properties en = new Properties();
        Properties it = new Properties();
        try (var a = getClass().getResourceAsStream("/results/display.properties");
                var b = getClass().getResourceAsStream("/results/display_it.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            it.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(en.keySet(), it.keySet());
        assertThrows(MissingResourceException.class, () -> java.util.ResourceBundle.getBundle("results.display_xx"));
    }
}
