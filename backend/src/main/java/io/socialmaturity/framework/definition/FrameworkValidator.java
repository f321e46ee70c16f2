package io.socialmaturity.framework.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic checks of a framework definition: what a JSON Schema cannot say.
 *
 * <p>Runs on the records, so it checks definitions read from a file (after the schema check in
 * {@link FrameworkLoader}) and definitions built in code alike. Every problem names the file and
 * the place as a JSON path into the file's layout ({@code $.dimensions[2].questions[4].options[1].key}).
 *
 * <p>Checks:
 * <ul>
 *   <li>languages: at least one, no duplicates, every {@linkplain #FrameworkValidator(Set) required
 *       language} declared;</li>
 *   <li>translations: every text has a non-blank entry for every declared language and none for an
 *       undeclared one;</li>
 *   <li>keys: framework key present; duplicate keys of dimensions, questions (across the whole
 *       framework), options (within a question), levels, recommendations, published figures;</li>
 *   <li>weights: dimension and question weights finite and &gt; 0;</li>
 *   <li>options: score 0–100, at least two options per question;</li>
 *   <li>audience: at least one business function, no duplicates (unknown functions are refused
 *       when the file is read, since {@link BusinessFunction} is a closed set);</li>
 *   <li>levels: exactly five, numbered 1..5 in order; bands start at 0, end at 100, each band's
 *       {@code to} equals the next band's {@code from} (no gap, no overlap), {@code from < to};</li>
 *   <li>{@code sociallyEnabledLevel} and {@code defaultTargetLevel} are existing levels;</li>
 *   <li>at least one business-area dimension; every dimension has at least one question;</li>
 *   <li>recommendations: known dimension; level from 1 to 4 (a recommendation moves a dimension up
 *       from its level, and nothing is above 5); every dimension has at least one recommendation
 *       for every level 1–4, so the roadmap never has a hole;</li>
 *   <li>published figures: value 0–100; known question; known option keys of that question;
 *       at least one compared function, each in the question's audience (else the company figure
 *       could never be computed).</li>
 * </ul>
 *
 * <p>Thread-safe and stateless apart from its configuration.
 */
public final class FrameworkValidator {

    /** Number of maturity levels every framework has (the product fixes 1–5). */
    public static final int LEVEL_COUNT = 5;

    private final Set<String> requiredLanguages;

    /** A validator that requires English and Italian, the product's languages. */
    public FrameworkValidator() {
        this(Set.of("en", "it"));
    }

    /**
     * @param requiredLanguages languages the framework must declare (and hence translate every
     *                          text into); empty to accept any non-empty set of languages
     */
    public FrameworkValidator(Set<String> requiredLanguages) {
        this.requiredLanguages = Set.copyOf(requiredLanguages);
    }

    /** Throws {@link FrameworkDefinitionException} listing every problem, if there is any. */
    public void check(String file, FrameworkDefinition definition) {
        List<DefinitionProblem> problems = validate(file, definition);
        if (!problems.isEmpty()) {
            throw new FrameworkDefinitionException(problems);
        }
    }

    /** Every problem of {@code definition}; empty when it is valid. */
    public List<DefinitionProblem> validate(String file, FrameworkDefinition definition) {
        return new Run(file, definition).run();
    }

    private final class Run {
        private final String file;
        private final FrameworkDefinition def;
        private final List<DefinitionProblem> problems = new ArrayList<>();
        private final Set<String> languages = new LinkedHashSet<>();

        Run(String file, FrameworkDefinition def) {
            this.file = file;
            this.def = def;
        }

        List<DefinitionProblem> run() {
            if (def.key() == null || def.key().isBlank()) {
                problem("$.key", "framework key must not be blank");
            }
            if (def.version() < 1) {
                problem("$.version", "version must be 1 or more, was " + def.version());
            }
            checkLanguages();
            text("$.title", def.title());
            text("$.description", def.description());
            text("$.notApplicableLabel", def.notApplicableLabel());
            checkLevels();
            checkDimensions();
            checkRecommendations();
            checkFigures();
            return problems;
        }

        private void problem(String location, String message) {
            problems.add(new DefinitionProblem(file, location, message));
        }

        private void checkLanguages() {
            if (def.languages().isEmpty()) {
                problem("$.languages", "at least one language is required");
            }
            for (int i = 0; i < def.languages().size(); i++) {
                String lang = def.languages().get(i);
                if (!languages.add(lang)) {
                    problem("$.languages[" + i + "]", "duplicate language '" + lang + "'");
                }
            }
            for (String required : new java.util.TreeSet<>(requiredLanguages)) {
                if (!languages.contains(required)) {
                    problem("$.languages", "required language '" + required + "' is not declared");
                    // expect its translations anyway: one problem here instead of one per text
                    languages.add(required);
                }
            }
        }

        private void text(String location, LocalizedText text) {
            if (text == null) {
                problem(location, "text is missing");
                return;
            }
            for (String lang : languages) {
                String value = text.get(lang);
                if (value == null) {
                    problem(location, "missing translation '" + lang + "'");
                } else if (value.isBlank()) {
                    problem(location + "." + lang, "blank translation '" + lang + "'");
                }
            }
            for (String lang : text.values().keySet()) {
                if (!languages.contains(lang)) {
                    problem(
                            location + "." + lang,
                            "translation in undeclared language '" + lang + "' (declared: "
                                    + String.join(", ", def.languages()) + ")");
                }
            }
        }

        private void weight(String location, double weight) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                problem(location, "weight must be a finite number greater than 0, was " + weight);
            }
        }

        private void checkLevels() {
            List<MaturityLevel> levels = def.levels();
            if (levels.size() != LEVEL_COUNT) {
                problem("$.levels", "exactly " + LEVEL_COUNT + " levels are required, found " + levels.size());
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < levels.size(); i++) {
                MaturityLevel l = levels.get(i);
                String at = "$.levels[" + i + "]";
                if (l.level() != i + 1) {
                    problem(
                            at + ".level",
                            "levels must be numbered 1.." + levels.size() + " in order: expected " + (i + 1)
                                    + ", found " + l.level());
                }
                if (!keys.add(l.key())) {
                    problem(at + ".key", "duplicate key '" + l.key() + "'");
                }
                text(at + ".name", l.name());
                text(at + ".description", l.description());
                if (!(l.from() < l.to())) {
                    problem(at + ".band", "band is empty or reversed: from " + num(l.from()) + " to " + num(l.to()));
                }
                if (i == 0 && l.from() != 0) {
                    problem(at + ".band.from", "the lowest band must start at 0, starts at " + num(l.from()));
                }
                if (i == levels.size() - 1 && l.to() != 100) {
                    problem(at + ".band.to", "the highest band must end at 100, ends at " + num(l.to()));
                }
                if (i > 0) {
                    double previousTo = levels.get(i - 1).to();
                    if (l.from() > previousTo) {
                        problem(
                                at + ".band.from",
                                "gap between bands: level " + levels.get(i - 1).level() + " ends at " + num(previousTo)
                                        + ", this band starts at " + num(l.from()));
                    } else if (l.from() < previousTo) {
                        problem(
                                at + ".band.from",
                                "bands overlap: level " + levels.get(i - 1).level() + " ends at " + num(previousTo)
                                        + ", this band starts at " + num(l.from()));
                    }
                }
            }
            int max = levels.size();
            if (def.sociallyEnabledLevel() < 1 || def.sociallyEnabledLevel() > max) {
                problem("$.sociallyEnabledLevel", "no level " + def.sociallyEnabledLevel());
            }
            if (def.defaultTargetLevel() < 1 || def.defaultTargetLevel() > max) {
                problem("$.defaultTargetLevel", "no level " + def.defaultTargetLevel());
            }
        }

        private void checkDimensions() {
            if (def.dimensions().isEmpty()) {
                problem("$.dimensions", "at least one dimension is required");
            } else if (def.dimensions().stream().noneMatch(Dimension::businessArea)) {
                problem("$.dimensions", "at least one dimension must be a business area (\"businessArea\": true)");
            }
            Set<String> dimensionKeys = new HashSet<>();
            Map<String, String> questionKeys = new HashMap<>();
            for (int d = 0; d < def.dimensions().size(); d++) {
                Dimension dim = def.dimensions().get(d);
                String at = "$.dimensions[" + d + "]";
                if (!dimensionKeys.add(dim.key())) {
                    problem(at + ".key", "duplicate key '" + dim.key() + "'");
                }
                weight(at + ".weight", dim.weight());
                text(at + ".name", dim.name());
                text(at + ".description", dim.description());
                if (dim.questions().isEmpty()) {
                    problem(at + ".questions", "a dimension needs at least one question");
                }
                for (int q = 0; q < dim.questions().size(); q++) {
                    Question question = dim.questions().get(q);
                    String qat = at + ".questions[" + q + "]";
                    String previous = questionKeys.putIfAbsent(question.key(), qat);
                    if (previous != null) {
                        problem(
                                qat + ".key",
                                "duplicate key '" + question.key() + "' (first used at " + previous + ")");
                    }
                    checkQuestion(qat, question);
                }
            }
        }

        private void checkQuestion(String at, Question q) {
            weight(at + ".weight", q.weight());
            text(at + ".title", q.title());
            text(at + ".text", q.text());
            text(at + ".help", q.help());
            if (q.audience().isEmpty()) {
                problem(at + ".audience", "at least one business function is required");
            }
            Set<BusinessFunction> seen = new HashSet<>();
            for (int i = 0; i < q.audience().size(); i++) {
                BusinessFunction f = q.audience().get(i);
                if (f == null) {
                    problem(at + ".audience[" + i + "]", "business function is missing");
                } else if (!seen.add(f)) {
                    problem(at + ".audience[" + i + "]", "duplicate business function '" + f.key() + "'");
                }
            }
            if (q.options().size() < 2) {
                problem(at + ".options", "a single-choice question needs at least two options");
            }
            Set<String> optionKeys = new HashSet<>();
            for (int o = 0; o < q.options().size(); o++) {
                AnswerOption option = q.options().get(o);
                String oat = at + ".options[" + o + "]";
                if (!optionKeys.add(option.key())) {
                    problem(oat + ".key", "duplicate key '" + option.key() + "'");
                }
                if (option.score() < 0 || option.score() > 100) {
                    problem(oat + ".score", "score must be between 0 and 100, was " + option.score());
                }
                text(oat + ".label", option.label());
            }
        }

        private void checkRecommendations() {
            int max = def.levels().size();
            Set<String> keys = new HashSet<>();
            Set<String> covered = new HashSet<>();
            for (int i = 0; i < def.recommendations().size(); i++) {
                Recommendation r = def.recommendations().get(i);
                String at = "$.recommendations[" + i + "]";
                if (!keys.add(r.key())) {
                    problem(at + ".key", "duplicate key '" + r.key() + "'");
                }
                if (def.dimension(r.dimension()).isEmpty()) {
                    problem(at + ".dimension", "unknown dimension '" + r.dimension() + "'");
                }
                if (r.level() < 1 || r.level() >= max) {
                    problem(
                            at + ".level",
                            "unknown level " + r.level() + ": recommendations move a dimension up from level 1.."
                                    + (max - 1));
                }
                text(at + ".title", r.title());
                text(at + ".text", r.text());
                covered.add(r.dimension() + "#" + r.level());
            }
            for (int d = 0; d < def.dimensions().size(); d++) {
                Dimension dim = def.dimensions().get(d);
                for (int level = 1; level < max; level++) {
                    if (!covered.contains(dim.key() + "#" + level)) {
                        problem(
                                "$.recommendations",
                                "no recommendation for dimension '" + dim.key() + "' at level " + level);
                    }
                }
            }
        }

        private void checkFigures() {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < def.publishedFigures().size(); i++) {
                PublishedFigure f = def.publishedFigures().get(i);
                String at = "$.publishedFigures[" + i + "]";
                if (!keys.add(f.key())) {
                    problem(at + ".key", "duplicate key '" + f.key() + "'");
                }
                if (!(f.value() >= 0 && f.value() <= 100)) {
                    problem(
                            at + ".value",
                            "a published figure is a percentage between 0 and 100, was " + num(f.value()));
                }
                text(at + ".text", f.text());
                if (f.source().title().isBlank() || f.source().publisher().isBlank()) {
                    problem(at + ".source", "source title and publisher must not be blank");
                }
                var question = def.question(f.question());
                if (question.isEmpty()) {
                    problem(at + ".question", "unknown question '" + f.question() + "'");
                    continue;
                }
                if (f.options().isEmpty()) {
                    problem(at + ".options", "at least one option is required");
                }
                Set<String> optionKeys = new HashSet<>();
                question.get().options().forEach(o -> optionKeys.add(o.key()));
                for (int o = 0; o < f.options().size(); o++) {
                    if (!optionKeys.contains(f.options().get(o))) {
                        problem(
                                at + ".options[" + o + "]",
                                "unknown option '" + f.options().get(o) + "' of question '" + f.question() + "'");
                    }
                }
                if (f.compareWith().isEmpty()) {
                    problem(at + ".compareWith", "at least one business function is required");
                }
                for (int c = 0; c < f.compareWith().size(); c++) {
                    BusinessFunction fn = f.compareWith().get(c);
                    if (fn != null && !question.get().isFor(fn)) {
                        problem(
                                at + ".compareWith[" + c + "]",
                                "question '" + f.question() + "' is not meant for business function '" + fn.key()
                                        + "'");
                    }
                }
            }
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
