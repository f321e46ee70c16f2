package io.socialmaturity.framework.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Maps a schema-valid JSON tree to the definition records. Mapping is by hand rather than by
 * data binding so that the records stay free of Jackson annotations and every value the schema
 * lets through but the model cannot hold (an unknown enumeration value, if the schema and the
 * enums ever disagree) becomes a problem with its place instead of an exception.
 */
final class DefinitionReader {

    private final String file;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    DefinitionReader(String file) {
        this.file = file;
    }

    List<DefinitionProblem> problems() {
        return problems;
    }

    FrameworkDefinition read(JsonNode root) {
        return new FrameworkDefinition(
                root.get("key").stringValue(),
                root.get("version").intValue(),
                list(root.get("languages"), "$.languages", (n, at) -> n.stringValue()),
                text(root.get("title")),
                text(root.get("description")),
                text(root.get("notApplicableLabel")),
                root.get("sociallyEnabledLevel").intValue(),
                root.get("defaultTargetLevel").intValue(),
                list(root.get("levels"), "$.levels", this::level),
                list(root.get("dimensions"), "$.dimensions", this::dimension),
                list(root.get("recommendations"), "$.recommendations", this::recommendation),
                list(root.get("publishedFigures"), "$.publishedFigures", this::figure));
    }

    private MaturityLevel level(JsonNode n, String at) {
        JsonNode band = n.get("band");
        return new MaturityLevel(
                n.get("level").intValue(),
                n.get("key").stringValue(),
                text(n.get("name")),
                text(n.get("description")),
                band.get("from").doubleValue(),
                band.get("to").doubleValue());
    }

    private Dimension dimension(JsonNode n, String at) {
        return new Dimension(
                n.get("key").stringValue(),
                n.get("businessArea").booleanValue(),
                n.get("weight").doubleValue(),
                text(n.get("name")),
                text(n.get("description")),
                list(n.get("questions"), at + ".questions", this::question));
    }

    private Question question(JsonNode n, String at) {
        JsonNode perspective = n.get("perspective");
        return new Question(
                n.get("key").stringValue(),
                enumValue(
                        n.get("type"),
                        at + ".type",
                        "question type",
                        QuestionType::fromKey,
                        QuestionType.SINGLE_CHOICE),
                n.get("weight").doubleValue(),
                perspective == null
                        ? Perspective.COMPANY
                        : enumValue(
                                perspective,
                                at + ".perspective",
                                "perspective",
                                Perspective::fromKey,
                                Perspective.COMPANY),
                functions(n.get("audience"), at + ".audience"),
                text(n.get("title")),
                text(n.get("text")),
                text(n.get("help")),
                list(
                        n.get("options"),
                        at + ".options",
                        (o, oat) -> new AnswerOption(
                                o.get("key").stringValue(), o.get("score").intValue(), text(o.get("label")))));
    }

    private Recommendation recommendation(JsonNode n, String at) {
        return new Recommendation(
                n.get("key").stringValue(),
                n.get("dimension").stringValue(),
                n.get("level").intValue(),
                text(n.get("title")),
                text(n.get("text")));
    }

    private PublishedFigure figure(JsonNode n, String at) {
        JsonNode s = n.get("source");
        JsonNode reportedIn = s.get("reportedIn");
        return new PublishedFigure(
                n.get("key").stringValue(),
                n.get("value").doubleValue(),
                enumValue(
                        n.get("population"),
                        at + ".population",
                        "population",
                        PublishedFigure.Population::fromKey,
                        PublishedFigure.Population.CIO_AND_CMO),
                n.get("question").stringValue(),
                list(n.get("options"), at + ".options", (o, oat) -> o.stringValue()),
                functions(n.get("compareWith"), at + ".compareWith"),
                enumValue(
                        n.get("better"),
                        at + ".better",
                        "direction",
                        PublishedFigure.Direction::fromKey,
                        PublishedFigure.Direction.HIGHER),
                new PublishedFigure.Source(
                        s.get("title").stringValue(),
                        s.get("publisher").stringValue(),
                        s.get("year").intValue(),
                        s.get("sample").stringValue(),
                        reportedIn == null ? null : reportedIn.stringValue()),
                text(n.get("text")));
    }

    private List<BusinessFunction> functions(JsonNode array, String at) {
        List<BusinessFunction> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String key = array.get(i).stringValue();
            var function = BusinessFunction.fromKey(key);
            if (function.isPresent()) {
                out.add(function.get());
            } else {
                problems.add(
                        new DefinitionProblem(file, at + "[" + i + "]", "unknown business function '" + key + "'"));
            }
        }
        return out;
    }

    private <E> E enumValue(
            JsonNode n, String at, String what, Function<String, java.util.Optional<E>> lookup, E fallback) {
        String key = n.stringValue();
        var value = lookup.apply(key);
        if (value.isEmpty()) {
            problems.add(new DefinitionProblem(file, at, "unknown " + what + " '" + key + "'"));
            return fallback;
        }
        return value.get();
    }

    private static LocalizedText text(JsonNode n) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : n.propertyNames()) {
            values.put(language, n.get(language).stringValue());
        }
        return new LocalizedText(values);
    }

    private interface ItemReader<T> {
        T read(JsonNode node, String at);
    }

    private static <T> List<T> list(JsonNode array, String at, ItemReader<T> reader) {
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(reader.read(array.get(i), at + "[" + i + "]"));
        }
        return out;
    }
}
