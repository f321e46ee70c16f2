package io.socialmaturity.framework.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One small invalid fixture per error class (src/test/resources/frameworks/invalid), each a copy of
 * frameworks/minimal.json with one thing wrong. Every problem names the file and the place.
 */
class FrameworkValidationErrorsTest {

    private static final FrameworkLoader LOADER = new FrameworkLoader();

    @Test
    void theMinimalFixtureIsValid() {
        LoadedFramework loaded = LOADER.loadResource("frameworks/minimal.json");
        assertEquals("minimal", loaded.definition().key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key                     | $.dimensions[0].questions[1].colour                   | unknown key 'colour'
            missing-key                     | $.dimensions[1]                                       | missing key 'weight'
            missing-translation             | $.dimensions[0].questions[0].options[1].label         | missing translation 'it'
            blank-translation               | $.levels[2].name.it                                   | blank translation 'it'
            undeclared-language             | $.title.de                                            | translation in undeclared language 'de' (declared: en, it)
            missing-required-language       | $.languages                                           | required language 'it' is not declared
            zero-weight                     | $.dimensions[1].weight                                | must have an exclusive minimum value of 0, was 0
            negative-question-weight        | $.dimensions[0].questions[0].weight                   | must have an exclusive minimum value of 0, was -1
            duplicate-option-key            | $.dimensions[0].questions[1].options[1].key           | duplicate key 'never'
            duplicate-question-key          | $.dimensions[1].questions[0].key                      | duplicate key 'mkt.plan' (first used at $.dimensions[0].questions[1])
            duplicate-dimension-key         | $.dimensions[1].key                                   | duplicate key 'marketing'
            score-out-of-range              | $.dimensions[0].questions[0].options[1].score         | must have a maximum value of 100, was 120
            level-gap                       | $.levels[2].band.from                                 | gap between bands: level 2 ends at 40, this band starts at 45
            level-overlap                   | $.levels[3].band.from                                 | bands overlap: level 3 ends at 60, this band starts at 55
            level-not-ending-at-100         | $.levels[4].band.to                                   | the highest band must end at 100, ends at 99
            recommendation-unknown-dimension| $.recommendations[3].dimension                        | unknown dimension 'finance'
            recommendation-unknown-level    | $.recommendations[3].level                            | unknown level 5: recommendations move a dimension up from level 1..4
            recommendation-missing-level    | $.recommendations                                     | no recommendation for dimension 'alignment' at level 3
            unknown-business-function       | $.dimensions[0].questions[1].audience[1]              | unknown business function 'finance' (allowed: marketing, it, sales, service, rnd, hr, executive, other)
            figure-unknown-question         | $.publishedFigures[0].question                        | unknown question 'aln.frequency'
            figure-unknown-option           | $.publishedFigures[0].options[0]                      | unknown option 'frequent' of question 'aln.collab_frequency'
            figure-function-not-in-audience | $.publishedFigures[0].compareWith[0]                  | question 'aln.collab_frequency' is not meant for business function 'sales'
            duplicate-json-member           | line 10, column 7                                     | not valid JSON: Duplicate Object property "en"
            """)
    void eachErrorClassNamesTheFileAndThePlace(String fixture, String location, String message) {
        String file = "frameworks/invalid/" + fixture + ".json";
        FrameworkDefinitionException e =
                assertThrows(FrameworkDefinitionException.class, () -> LOADER.loadResource(file));
        DefinitionProblem expected = new DefinitionProblem(file, location, message);
        assertTrue(e.problems().contains(expected), () -> "expected " + expected + "\nin " + e.getMessage());
        assertTrue(e.getMessage().contains(file + ": " + location + ": " + message), e.getMessage());
    }

    @Test
    void everyProblemOfAPassIsReportedNotOnlyTheFirst() {
        var schema = assertThrows(
                FrameworkDefinitionException.class,
                () -> LOADER.loadResource("frameworks/invalid/several-problems.json"));
        assertEquals(
                List.of("$.dimensions[0].questions[0].extra", "$.dimensions[0].weight"),
                schema.problems().stream().map(DefinitionProblem::location).toList());
        var semantic = assertThrows(
                FrameworkDefinitionException.class,
                () -> LOADER.loadResource("frameworks/invalid/several-semantic-problems.json"));
        assertTrue(semantic.problems()
                .contains(new DefinitionProblem(
                        "frameworks/invalid/several-semantic-problems.json",
                        "$.levels[1].description",
                        "missing translation 'it'")));
        assertTrue(semantic.problems()
                .contains(new DefinitionProblem(
                        "frameworks/invalid/several-semantic-problems.json",
                        "$.dimensions[1].key",
                        "duplicate key 'marketing'")));
        assertTrue(
                semantic.getMessage().startsWith("invalid framework definition (6 problems):"), semantic.getMessage());
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        var e = assertThrows(
                FrameworkDefinitionException.class, () -> LOADER.loadResource("frameworks/invalid/not-json.json"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).location().matches("line \\d+, column \\d+"), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("not valid JSON: "), e.getMessage());
    }

    @Test
    void aVersionedFileMustMatchItsPath() {
        String json = LOADER.loadResource("frameworks/minimal.json").canonicalJson();
        var e = assertThrows(
                FrameworkDefinitionException.class, () -> LOADER.load("frameworks/socially-enabled/2.json", json));
        assertEquals(
                List.of(
                        new DefinitionProblem(
                                "frameworks/socially-enabled/2.json",
                                "$.key",
                                "key 'minimal' does not match the file's folder 'socially-enabled'"),
                        new DefinitionProblem(
                                "frameworks/socially-enabled/2.json",
                                "$.version",
                                "version 1 does not match the file name '2.json'")),
                e.problems());
        // the same content under a neutral name is fine
        LOADER.load("upload.json", json);
        LOADER.load("frameworks/minimal/1.json", json);
    }

    @Test
    void aMissingResourceIsNamed() {
        var e = assertThrows(FrameworkDefinitionException.class, () -> LOADER.loadResource("frameworks/nope/1.json"));
        assertEquals(
                "invalid framework definition: frameworks/nope/1.json: $: no such resource on the class path",
                e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        var e = assertThrows(FrameworkDefinitionException.class, () -> LOADER.load("empty.json", ""));
        assertEquals("empty.json", e.problems().get(0).file());
    }

    /** The semantic checks also guard definitions built in code, where no schema ran. */
    @Test
    void theValidatorChecksRecordsBuiltInCode() {
        FrameworkDefinition valid =
                LOADER.loadResource("frameworks/minimal.json").definition();
        Dimension marketing = valid.dimensions().get(0);
        Question q = marketing.questions().get(0);
        Question bad = new Question(
                q.key(),
                q.type(),
                0,
                q.perspective(),
                List.of(BusinessFunction.IT, BusinessFunction.IT),
                q.title(),
                q.text(),
                q.help(),
                List.of(
                        q.options().get(0),
                        new AnswerOption("often", 101, q.options().get(1).label())));
        Dimension badDimension = new Dimension(
                marketing.key(),
                true,
                -2,
                marketing.name(),
                marketing.description(),
                List.of(bad, marketing.questions().get(1)));
        MaturityLevel l1 = valid.levels().get(0);
        List<MaturityLevel> levels = List.of(
                new MaturityLevel(1, l1.key(), l1.name(), l1.description(), 5, 20),
                valid.levels().get(1),
                valid.levels().get(2),
                valid.levels().get(3),
                valid.levels().get(4));
        FrameworkDefinition invalid = new FrameworkDefinition(
                valid.key(),
                0,
                valid.languages(),
                valid.title(),
                valid.description(),
                valid.notApplicableLabel(),
                6,
                0,
                levels,
                List.of(badDimension, valid.dimensions().get(1)),
                valid.recommendations(),
                valid.publishedFigures());
        List<String> problems = new FrameworkValidator()
                .validate("in-memory", invalid).stream()
                        .map(DefinitionProblem::toString)
                        .toList();
        assertEquals(
                List.of(
                        "in-memory: $.version: version must be 1 or more, was 0",
                        "in-memory: $.levels[0].band.from: the lowest band must start at 0, starts at 5",
                        "in-memory: $.sociallyEnabledLevel: no level 6",
                        "in-memory: $.defaultTargetLevel: no level 0",
                        "in-memory: $.dimensions[0].weight: weight must be a finite number greater than 0, was -2.0",
                        "in-memory: $.dimensions[0].questions[0].weight: weight must be a finite number greater than 0, was 0.0",
                        "in-memory: $.dimensions[0].questions[0].audience[1]: duplicate business function 'it'",
                        "in-memory: $.dimensions[0].questions[0].options[1].score: score must be between 0 and 100, was 101"),
                problems);
    }

    @Test
    void validatorWithoutRequiredLanguagesAcceptsAnyDeclaredSet() {
        FrameworkDefinition valid =
                LOADER.loadResource("frameworks/minimal.json").definition();
        assertEquals(List.of(), new FrameworkValidator(java.util.Set.of()).validate("x", valid));
        assertEquals(
                List.of(new DefinitionProblem("x", "$.languages", "required language 'de' is not declared")),
                new FrameworkValidator(java.util.Set.of("en", "de"))
                        .validate("x", valid)
                        .subList(0, 1));
    }
}
