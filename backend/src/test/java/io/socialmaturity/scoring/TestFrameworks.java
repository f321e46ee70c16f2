package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.AnswerOption;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Dimension;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.LocalizedText;
import io.socialmaturity.framework.definition.MaturityLevel;
import io.socialmaturity.framework.definition.Perspective;
import io.socialmaturity.framework.definition.PublishedFigure;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.framework.definition.QuestionType;
import io.socialmaturity.framework.definition.Recommendation;
import java.util.ArrayList;
import java.util.List;

/** Frameworks built in code for the engine's tests and benchmark. */
public final class TestFrameworks {

    public static final List<BusinessFunction> MKT_IT_SALES =
            List.of(BusinessFunction.MARKETING, BusinessFunction.IT, BusinessFunction.SALES);
    public static final List<BusinessFunction> MKT_IT = List.of(BusinessFunction.MARKETING, BusinessFunction.IT);

    private TestFrameworks() {}

    static LocalizedText t(String s) {
        return LocalizedText.of(s, s + " (it)");
    }

    /** Options s0, s25, s50, s75, s100 scoring 0, 25, 50, 75, 100. */
    static List<AnswerOption> fiveOptions() {
        List<AnswerOption> options = new ArrayList<>();
        for (int score = 0; score <= 100; score += 25) {
            options.add(new AnswerOption("s" + score, score, t("score " + score)));
        }
        return options;
    }

    static Question question(
            String key,
            double weight,
            Perspective perspective,
            List<BusinessFunction> audience,
            List<AnswerOption> options) {
        return new Question(
                key,
                QuestionType.SINGLE_CHOICE,
                weight,
                perspective,
                audience,
                t(key),
                t(key + "?"),
                t(key + " help"),
                options);
    }

    public static List<MaturityLevel> levels() {
        String[] keys = {"absent", "experimenting", "coordinated", "integrated", "leading"};
        List<MaturityLevel> levels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            levels.add(new MaturityLevel(i + 1, keys[i], t(keys[i]), t(keys[i] + " means"), i * 20, (i + 1) * 20));
        }
        return levels;
    }

    /** One recommendation per dimension and level 1–4, keyed {@code <dim>.l<level>}. */
    static List<Recommendation> recommendations(List<Dimension> dimensions) {
        List<Recommendation> out = new ArrayList<>();
        for (Dimension d : dimensions) {
            for (int level = 1; level <= 4; level++) {
                out.add(new Recommendation(
                        d.key() + ".l" + level,
                        d.key(),
                        level,
                        t("do " + d.key() + level),
                        t("how to leave level " + level)));
            }
        }
        return out;
    }

    /**
     * The hand-computed framework of {@code ScoringEngineTest}:
     * <pre>
     * A  business area, weight 2: a1 (w 1), a2 (w 3)        audience marketing, it, sales
     * B  business area, weight 1: b1 (w 1), b2 (w 1)        audience marketing, it
     * E  enabler,       weight 1: e1 (w 1, company), e2 (w 1, own function)   marketing, it
     * options s0..s100 scoring 0, 25, 50, 75, 100; bands of 20 points; socially enabled from 4
     * figures: e1=s100 among marketing (published 40), e1=s0 among IT (published 16)
     * </pre>
     */
    public static FrameworkDefinition small() {
        List<AnswerOption> o = fiveOptions();
        List<Dimension> dims = List.of(
                new Dimension(
                        "a",
                        true,
                        2,
                        t("A"),
                        t("A about"),
                        List.of(
                                question("a1", 1, Perspective.COMPANY, MKT_IT_SALES, o),
                                question("a2", 3, Perspective.COMPANY, MKT_IT_SALES, o))),
                new Dimension(
                        "b",
                        true,
                        1,
                        t("B"),
                        t("B about"),
                        List.of(
                                question("b1", 1, Perspective.COMPANY, MKT_IT, o),
                                question("b2", 1, Perspective.COMPANY, MKT_IT, o))),
                new Dimension(
                        "e",
                        false,
                        1,
                        t("E"),
                        t("E about"),
                        List.of(
                                question("e1", 1, Perspective.COMPANY, MKT_IT, o),
                                question("e2", 1, Perspective.OWN_FUNCTION, MKT_IT, o))));
        PublishedFigure.Source source = new PublishedFigure.Source("Study", "Publisher", 2013, "100 people", null);
        List<PublishedFigure> figures = List.of(
                new PublishedFigure(
                        "top.marketing",
                        40,
                        PublishedFigure.Population.MARKETING,
                        "e1",
                        List.of("s100"),
                        List.of(BusinessFunction.MARKETING),
                        PublishedFigure.Direction.HIGHER,
                        source,
                        t("40% say top")),
                new PublishedFigure(
                        "none.it",
                        16,
                        PublishedFigure.Population.CIO,
                        "e1",
                        List.of("s0"),
                        List.of(BusinessFunction.IT),
                        PublishedFigure.Direction.LOWER,
                        source,
                        t("16% say none")));
        return new FrameworkDefinition(
                "small",
                1,
                List.of("en", "it"),
                t("Small"),
                t("Small framework"),
                t("n/a"),
                4,
                4,
                levels(),
                dims,
                recommendations(dims),
                figures);
    }

    /**
     * A framework of {@code dimensions × questionsPerDimension} four-option questions (scores 0, 35,
     * 70, 100), every question for every function, the first dimensions business areas and the
     * last an enabler, and one published figure per dimension: the benchmark's shape.
     */
    public static FrameworkDefinition synthetic(int dimensions, int questionsPerDimension) {
        List<AnswerOption> options = List.of(
                new AnswerOption("none", 0, t("none")), new AnswerOption("some", 35, t("some")),
                new AnswerOption("most", 70, t("most")), new AnswerOption("all", 100, t("all")));
        List<BusinessFunction> everyone = List.of(BusinessFunction.values());
        List<Dimension> dims = new ArrayList<>();
        List<PublishedFigure> figures = new ArrayList<>();
        PublishedFigure.Source source = new PublishedFigure.Source("Study", "Publisher", 2013, "900 people", null);
        for (int d = 0; d < dimensions; d++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < questionsPerDimension; q++) {
                questions.add(question(
                        "d" + d + ".q" + q,
                        1 + (q % 3),
                        q % 5 == 4 ? Perspective.OWN_FUNCTION : Perspective.COMPANY,
                        everyone,
                        options));
            }
            dims.add(new Dimension(
                    "d" + d,
                    d < dimensions - 1 || dimensions == 1,
                    1 + (d % 2),
                    t("D" + d),
                    t("D" + d + " about"),
                    questions));
            figures.add(new PublishedFigure(
                    "fig" + d,
                    30,
                    PublishedFigure.Population.IT,
                    "d" + d + ".q0",
                    List.of("all"),
                    List.of(BusinessFunction.IT),
                    PublishedFigure.Direction.HIGHER,
                    source,
                    t("30% say all")));
        }
        return new FrameworkDefinition(
                "synthetic",
                1,
                List.of("en", "it"),
                t("Synthetic"),
                t("Synthetic framework"),
                t("n/a"),
                4,
                4,
                levels(),
                dims,
                recommendations(dims),
                figures);
    }
}
