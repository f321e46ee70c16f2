package io.socialmaturity.framework.definition;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a framework definition file and refuses it, naming the file and the place, unless it is
 * entirely valid.
 *
 * <p>Three passes, each stopping the load when it finds problems (all problems of a pass are
 * reported together):
 * <ol>
 *   <li><b>parse</b> with Jackson, refusing duplicate JSON members ({@code {"en": "a", "en": "b"}})
 *       and trailing content: {@code file: line L, column C: ...};</li>
 *   <li><b>structure</b> against {@code frameworks/framework.schema.json} (JSON Schema 2020-12,
 *       networknt): unknown keys, missing keys, types, ranges, enumerations (business functions,
 *       question types): {@code file: $.dimensions[0].questions[1]: unknown key 'colour'};</li>
 *   <li><b>semantics</b> with {@link FrameworkValidator}: translations, duplicate keys, level bands,
 *       references; plus, for a file laid out as {@code frameworks/<key>/<version>.json}, that the
 *       file's key and version match its path.</li>
 * </ol>
 * The result carries the canonical JSON and its SHA-256 ({@link CanonicalJson}).
 *
 * <p>Thread-safe: the compiled schema and the mapper are immutable and shared. Building a loader
 * compiles the schema, so keep one (the lead's Micronaut service holds it as a singleton).
 */
public final class FrameworkLoader {

    /** Class-path location of the JSON Schema. */
    public static final String SCHEMA_RESOURCE = "frameworks/framework.schema.json";

    /** Class-path location of the default framework, "socially-enabled enterprise", version 1. */
    public static final String DEFAULT_FRAMEWORK_RESOURCE = "frameworks/socially-enabled/1.json";

    private static final Pattern VERSIONED_PATH = Pattern.compile("(?:^|.*/)frameworks/([^/]+)/([0-9]+)\\.json$");

    private final JsonMapper mapper;
    private final Schema schema;
    private final FrameworkValidator validator;

    /** A loader whose validator requires English and Italian. */
    public FrameworkLoader() {
        this(new FrameworkValidator());
    }

    public FrameworkLoader(FrameworkValidator validator) {
        this.validator = validator;
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (InputStream in = resource(SCHEMA_RESOURCE)) {
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** Loads the default framework shipped in the jar. */
    public LoadedFramework loadDefault() {
        return loadResource(DEFAULT_FRAMEWORK_RESOURCE);
    }

    /** Loads a framework from the class path, e.g. {@code "frameworks/socially-enabled/1.json"}. */
    public LoadedFramework loadResource(String resourcePath) {
        try (InputStream in = resource(resourcePath)) {
            return load(resourcePath, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourcePath, e);
        }
    }

    /**
     * Loads a framework from a stream (read fully, UTF-8; not closed).
     *
     * @param file the name to report in problems, e.g. the upload's file name
     */
    public LoadedFramework load(String file, InputStream in) throws IOException {
        return load(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * Loads a framework from its JSON text.
     *
     * @param file the name to report in problems
     * @throws FrameworkDefinitionException listing every problem of the first failing pass
     */
    public LoadedFramework load(String file, String json) {
        JsonNode root = parse(file, json);
        checkSchema(file, root);
        DefinitionReader reader = new DefinitionReader(file);
        FrameworkDefinition definition = reader.read(root);
        List<DefinitionProblem> problems = new ArrayList<>(reader.problems());
        problems.addAll(validator.validate(file, definition));
        problems.addAll(checkPath(file, definition));
        if (!problems.isEmpty()) {
            throw new FrameworkDefinitionException(problems);
        }
        String canonical = CanonicalJson.write(definition);
        return new LoadedFramework(file, definition, canonical, CanonicalJson.sha256(canonical));
    }

    private JsonNode parse(String file, String json) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new FrameworkDefinitionException(List.of(new DefinitionProblem(file, "$", "the file is empty")));
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String location = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            throw new FrameworkDefinitionException(List.of(new DefinitionProblem(
                    file, location, "not valid JSON: " + (newline < 0 ? message : message.substring(0, newline)))));
        }
    }

    private void checkSchema(String file, JsonNode root) {
        List<Error> errors = schema.validate(root);
        if (errors.isEmpty()) {
            return;
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Error error : errors) {
            problems.add(schemaProblem(file, error));
        }
        problems.sort(Comparator.comparing(DefinitionProblem::location));
        throw new FrameworkDefinitionException(problems.stream().distinct().toList());
    }

    private static DefinitionProblem schemaProblem(String file, Error error) {
        String location = jsonPath(error.getInstanceLocation());
        String keyword = error.getKeyword();
        if ("additionalProperties".equals(keyword) && error.getProperty() != null) {
            return new DefinitionProblem(
                    file, location + "." + error.getProperty(), "unknown key '" + error.getProperty() + "'");
        }
        if ("required".equals(keyword) && error.getProperty() != null) {
            return new DefinitionProblem(file, location, "missing key '" + error.getProperty() + "'");
        }
        JsonNode value = error.getInstanceNode();
        if ("enum".equals(keyword) && value != null) {
            String what = location.matches(".*\\.(audience|compareWith)\\[\\d+]") ? "business function" : "value";
            return new DefinitionProblem(
                    file,
                    location,
                    "unknown " + what + " "
                            + (value.isString() ? "'" + value.stringValue() + "'" : value.toString())
                            + " (allowed: "
                            + error.getSchemaNode()
                                    .toString()
                                    .replaceAll("[\\[\\]\"]", "")
                                    .replace(",", ", ") + ")");
        }
        String message = error.getMessage();
        if (keyword != null && keyword.matches("(exclusiveM|m)(in|ax)imum") && value != null) {
            message = message + ", was " + value;
        }
        // networknt may prefix a message with the instance location; the location is ours to print
        String pointer = error.getInstanceLocation().toString();
        if (message.startsWith(pointer + ": ")) {
            message = message.substring(pointer.length() + 2);
        }
        return new DefinitionProblem(file, location, message);
    }

    /** {@code $.dimensions[2].questions[4]}, whatever path style the validator is configured with. */
    static String jsonPath(NodePath path) {
        StringBuilder out = new StringBuilder("$");
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else if (element.toString().matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
                out.append('.').append(element);
            } else {
                out.append("['").append(element.toString().replace("'", "\\'")).append("']");
            }
        }
        return out.toString();
    }

    private static List<DefinitionProblem> checkPath(String file, FrameworkDefinition definition) {
        Matcher m = VERSIONED_PATH.matcher(file.replace('\\', '/'));
        if (!m.matches()) {
            return List.of();
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        if (!m.group(1).equals(definition.key())) {
            problems.add(new DefinitionProblem(
                    file,
                    "$.key",
                    "key '" + definition.key() + "' does not match the file's folder '" + m.group(1) + "'"));
        }
        if (!m.group(2).equals(Integer.toString(definition.version()))) {
            problems.add(new DefinitionProblem(
                    file,
                    "$.version",
                    "version " + definition.version() + " does not match the file name '" + m.group(2) + ".json'"));
        }
        return problems;
    }

    private static InputStream resource(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(path);
        if (in == null) {
            in = FrameworkLoader.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new FrameworkDefinitionException(
                    List.of(new DefinitionProblem(path, "$", "no such resource on the class path")));
        }
        return in;
    }
}
