package io.socialmaturity.framework.definition;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default framework "socially-enabled enterprise", version 1: content requirements of the issue. */
class DefaultFrameworkTest {

    /** SHA-256 of the canonical JSON of frameworks/socially-enabled/1.json (see CanonicalJsonTest). */
    static final String PUBLISHED_SHA256 = "f90d2f7123b29a9f1bea1e21763b4da3173eb58ef6102fd169cb7501418a2a0d";

    private static final LoadedFramework LOADED = new FrameworkLoader().loadDefault();
    private static final FrameworkDefinition DEF = LOADED.definition();

    @Test
    void identityLanguagesAndDimensions() {
        assertEquals("socially-enabled", DEF.key());
        assertEquals(1, DEF.version());
        assertEquals(List.of("en", "it"), DEF.languages());
        assertEquals(
                List.of("marketing", "sales", "rnd", "service", "collaboration", "alignment"),
                DEF.dimensions().stream().map(Dimension::key).toList());
        assertEquals(
                List.of(true, true, true, true, true, false),
                DEF.dimensions().stream().map(Dimension::businessArea).toList());
        assertEquals(4, DEF.sociallyEnabledLevel());
    }

    @Test
    void atLeastSixQuestionsPerDimensionWithConventionalKeys() {
        Map<String, String> prefix = Map.of(
                "marketing",
                "mkt.",
                "sales",
                "sal.",
                "rnd",
                "rnd.",
                "service",
                "svc.",
                "collaboration",
                "col.",
                "alignment",
                "aln.");
        for (Dimension d : DEF.dimensions()) {
            assertTrue(
                    d.questions().size() >= 6, d.key() + " has " + d.questions().size() + " questions");
            d.questions().forEach(q -> assertTrue(q.key().startsWith(prefix.get(d.key())), q.key()));
        }
    }

    @Test
    void levelsAreTheFiveNamedStagesWithTwentyPointBands() {
        assertEquals(
                List.of("Absent", "Experimenting", "Coordinated", "Integrated", "Leading"),
                DEF.levels().stream().map(l -> l.name().get("en")).toList());
        assertEquals(
                List.of("Assente", "In sperimentazione", "Coordinato", "Integrato", "Di riferimento"),
                DEF.levels().stream().map(l -> l.name().get("it")).toList());
        assertEquals(
                List.of(0.0, 20.0, 40.0, 60.0, 80.0),
                DEF.levels().stream().map(MaturityLevel::from).toList());
    }

    @Test
    void theAlignmentDimensionAsksWhatTheSeedStudiesAsked() {
        Question frequency = DEF.question("aln.collab_frequency").orElseThrow();
        assertEquals(Set.of("frequent", "occasional", "rare", "nonexistent"), keys(frequency));
        assertEquals(
                Set.of("improved_significantly", "improved_somewhat", "unchanged", "worsened"),
                keys(DEF.question("aln.relationship_change").orElseThrow()));
        assertEquals(
                Perspective.OWN_FUNCTION,
                DEF.question("aln.willingness").orElseThrow().perspective());
        assertEquals(
                Perspective.OWN_FUNCTION,
                DEF.question("aln.importance").orElseThrow().perspective());
        for (String key : List.of(
                "aln.specifications",
                "aln.skills",
                "aln.right_level",
                "aln.shared_plans",
                "aln.it_responsiveness",
                "aln.benefits")) {
            assertTrue(DEF.question(key).isPresent(), key);
        }
    }

    @Test
    void thePublishedFiguresOfTheSeedsWithTheirSources() {
        Map<String, Double> values =
                DEF.publishedFigures().stream().collect(Collectors.toMap(PublishedFigure::key, PublishedFigure::value));
        assertEquals(
                Map.of(
                        "oracle.collab_frequent.marketing", 36.0,
                        "oracle.collab_frequent.it", 26.0,
                        "oracle.collab_nonexistent.cio", 16.0,
                        "oracle.relations_improved.marketing", 41.0,
                        "oracle.relations_improved.it", 35.0,
                        "accenture.willing_to_align.cio", 75.0,
                        "accenture.willing_to_align.cmo", 50.0,
                        "accenture.alignment_important.cio", 77.0,
                        "accenture.alignment_important.cmo", 57.0,
                        "accenture.collaboration_right_level", 10.0),
                values);
        for (PublishedFigure f : DEF.publishedFigures()) {
            assertEquals(2013, f.source().year(), f.key());
            assertTrue(
                    f.source().title().equals("Socially Driven Collaboration")
                            || f.source().title().equals("The CMO-CIO Disconnect"),
                    f.key());
            assertTrue(f.source().reportedIn() != null, f.key());
        }
    }

    @Test
    void optionsAreOrderedFromLowestToHighestScoreAndSpanTheScale() {
        DEF.questions().forEach(q -> {
            List<Integer> scores = q.options().stream().map(AnswerOption::score).toList();
            assertEquals(scores.stream().sorted().toList(), scores, q.key());
            assertEquals(0, scores.get(0), q.key());
            assertEquals(100, scores.get(scores.size() - 1), q.key());
            assertTrue(q.options().size() >= 4, q.key());
        });
    }

    @Test
    void businessAreaQuestionsAreAnsweredByMarketingAndItToo() {
        // the perception gap needs both groups on the same questions
        DEF.dimensions()
                .forEach(d -> d.questions().forEach(q -> {
                    assertTrue(q.isFor(BusinessFunction.MARKETING) && q.isFor(BusinessFunction.IT), q.key());
                }));
    }

    @Test
    void everyTextIsReallyTranslated() {
        // English copied into the Italian slot is the usual translation slip; a few words are the same in both
        Set<String> sameInBothLanguages = Set.of("No.", "Marketing", "Social selling");
        List<String> untranslated = new ArrayList<>();
        forEachText(t -> {
            if (t.get("en").equals(t.get("it")) && !sameInBothLanguages.contains(t.get("en"))) {
                untranslated.add(t.get("en"));
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @Test
    void optionLabelsWithinAQuestionAreDistinct() {
        DEF.questions().forEach(q -> {
            for (String lang : DEF.languages()) {
                Set<String> labels = new HashSet<>();
                q.options().forEach(o -> assertTrue(labels.add(o.label().get(lang)), q.key() + " " + lang));
            }
        });
    }

    @Test
    void everyDimensionHasRecommendationsForEveryLevelBelowTheTop() {
        for (Dimension d : DEF.dimensions()) {
            for (int level = 1; level < 5; level++) {
                int l = level;
                assertTrue(
                        DEF.recommendations().stream()
                                .anyMatch(r -> r.dimension().equals(d.key()) && r.level() == l),
                        d.key() + " level " + level);
            }
        }
    }

    @Test
    void theDefinitionIsValidAgainstTheStrictValidator() {
        assertAll(
                () -> assertEquals(List.of(), new FrameworkValidator().validate("default", DEF)),
                () -> assertFalse(LOADED.canonicalJson().isEmpty()));
    }

    private static Set<String> keys(Question q) {
        return q.options().stream().map(AnswerOption::key).collect(Collectors.toSet());
    }

    private static void forEachText(Consumer<LocalizedText> action) {
        action.accept(DEF.title());
        action.accept(DEF.description());
        action.accept(DEF.notApplicableLabel());
        DEF.levels().forEach(l -> {
            action.accept(l.name());
            action.accept(l.description());
        });
        DEF.dimensions().forEach(d -> {
            action.accept(d.name());
            action.accept(d.description());
            d.questions().forEach(q -> {
                action.accept(q.title());
                action.accept(q.text());
                action.accept(q.help());
                q.options().forEach(o -> action.accept(o.label()));
            });
        });
        DEF.recommendations().forEach(r -> {
            action.accept(r.title());
            action.accept(r.text());
        });
        DEF.publishedFigures().forEach(f -> action.accept(f.text()));
    }
}
