package io.socialmaturity.framework.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final FrameworkLoader LOADER = new FrameworkLoader();

    @Test
    void theCanonicalJsonReadsBackIntoAnEqualDefinitionWithTheSameHash() {
        LoadedFramework original = LOADER.loadDefault();
        LoadedFramework again = LOADER.load("canonical.json", original.canonicalJson());
        assertEquals(original.definition(), again.definition());
        assertEquals(original.canonicalJson(), again.canonicalJson());
        assertEquals(original.sha256(), again.sha256());
        assertEquals(original.sha256(), CanonicalJson.sha256(original.definition()));
        assertTrue(original.sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void layoutKeyOrderNumberSpellingAndDefaultsDoNotChangeTheHash() {
        LoadedFramework a = LOADER.loadResource("frameworks/minimal.json");
        // re-spell: 1 -> 1.0, leave out the default perspective, add a $schema reference, reorder and indent
        String respelled = a.canonicalJson()
                .replace("\"weight\":1,", "\"weight\":1.0,")
                .replace("\"perspective\":\"company\",", "")
                .replace("{\"defaultTargetLevel\":4,", "{\"$schema\":\"../framework.schema.json\",")
                .replace("\"sociallyEnabledLevel\":4,", "\"sociallyEnabledLevel\":4,\"defaultTargetLevel\":4.0,");
        assertNotEquals(a.canonicalJson(), respelled);
        LoadedFramework b = LOADER.load("respelled.json", "\n  " + respelled.replace(",", ",\n  "));
        assertEquals(a.sha256(), b.sha256());
    }

    @Test
    void anyChangeOfContentChangesTheHash() {
        FrameworkDefinition d = LOADER.loadResource("frameworks/minimal.json").definition();
        String hash = CanonicalJson.sha256(d);
        // a changed translation
        FrameworkDefinition retitled = new FrameworkDefinition(
                d.key(),
                d.version(),
                d.languages(),
                LocalizedText.of("Minimal", "Minimo"),
                d.description(),
                d.notApplicableLabel(),
                d.sociallyEnabledLevel(),
                d.defaultTargetLevel(),
                d.levels(),
                d.dimensions(),
                d.recommendations(),
                d.publishedFigures());
        assertNotEquals(hash, CanonicalJson.sha256(retitled));
        // a changed option score
        Dimension dim = d.dimensions().get(0);
        Question q = dim.questions().get(0);
        List<AnswerOption> options = new ArrayList<>(q.options());
        options.set(1, new AnswerOption("often", 99, options.get(1).label()));
        Question rescored = new Question(
                q.key(), q.type(), q.weight(), q.perspective(), q.audience(), q.title(), q.text(), q.help(), options);
        Dimension changed = new Dimension(
                dim.key(),
                dim.businessArea(),
                dim.weight(),
                dim.name(),
                dim.description(),
                List.of(rescored, dim.questions().get(1)));
        FrameworkDefinition rescoredDef = new FrameworkDefinition(
                d.key(),
                d.version(),
                d.languages(),
                d.title(),
                d.description(),
                d.notApplicableLabel(),
                d.sociallyEnabledLevel(),
                d.defaultTargetLevel(),
                d.levels(),
                List.of(changed, d.dimensions().get(1)),
                d.recommendations(),
                d.publishedFigures());
        assertNotEquals(hash, CanonicalJson.sha256(rescoredDef));
        // the order of questions is content too
        Dimension reordered = new Dimension(
                dim.key(),
                dim.businessArea(),
                dim.weight(),
                dim.name(),
                dim.description(),
                List.of(dim.questions().get(1), dim.questions().get(0)));
        assertNotEquals(
                hash,
                CanonicalJson.sha256(new FrameworkDefinition(
                        d.key(),
                        d.version(),
                        d.languages(),
                        d.title(),
                        d.description(),
                        d.notApplicableLabel(),
                        d.sociallyEnabledLevel(),
                        d.defaultTargetLevel(),
                        d.levels(),
                        List.of(reordered, d.dimensions().get(1)),
                        d.recommendations(),
                        d.publishedFigures())));
    }

    @Test
    void membersAreSortedStringsEscapedMinimallyNumbersPlain() {
        FrameworkDefinition d = LOADER.loadResource("frameworks/minimal.json").definition();
        FrameworkDefinition special = new FrameworkDefinition(
                d.key(),
                d.version(),
                d.languages(),
                new LocalizedText(Map.of("it", "Perché \"sì\"\n\tè\u0001", "en", "Why \\ not")),
                d.description(),
                d.notApplicableLabel(),
                d.sociallyEnabledLevel(),
                d.defaultTargetLevel(),
                d.levels(),
                d.dimensions(),
                d.recommendations(),
                d.publishedFigures());
        String json = CanonicalJson.write(special);
        assertTrue(json.startsWith("{\"defaultTargetLevel\":4,\"description\":"), json);
        assertTrue(
                json.contains("\"title\":{\"en\":\"Why \\\\ not\",\"it\":\"Perché \\\"sì\\\"\\n\\tè\\u0001\"}"), json);
        assertTrue(json.contains("\"band\":{\"from\":0,\"to\":20}"), json);
        assertTrue(json.contains("\"value\":26}"), json);
        assertTrue(!json.contains(" :") && !json.contains("\n"), json);
    }

    @Test
    void theDefaultFrameworkHashIsPinned() {
        // If this fails, version 1 of the default framework has changed. A published version must
        // never change: revert the change, or publish it as frameworks/socially-enabled/2.json.
        assertEquals(DefaultFrameworkTest.PUBLISHED_SHA256, LOADER.loadDefault().sha256());
    }
}
