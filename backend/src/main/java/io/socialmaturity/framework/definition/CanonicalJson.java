package io.socialmaturity.framework.definition;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON of a framework definition and its SHA-256 content hash.
 *
 * <p>The canonical form is written from the records, not copied from the file, so two files that
 * differ only in layout, key order, number spelling ({@code 1} vs {@code 1.0}), an omitted
 * default ({@code "perspective": "company"}) or a {@code "$schema"} reference have the same
 * canonical JSON and the same hash; any change of content changes both. Rules (after RFC 8785,
 * JSON Canonicalization Scheme):
 * <ul>
 *   <li>no whitespace; object members sorted by key (UTF-16 code unit order, {@link String#compareTo});
 *       array order kept (it is meaningful: questionnaire order, option order);</li>
 *   <li>strings escaped minimally: {@code \"}, {@code \\}, {@code \b \f \n \r \t}, other control
 *       characters as {@code \}{@code u00xx}; everything else written as is, UTF-8;</li>
 *   <li>numbers in plain decimal without exponent or trailing zeros ({@code 1}, {@code 0.5});</li>
 *   <li>every field written, defaults included; absent optional fields ({@code source.reportedIn})
 *       left out.</li>
 * </ul>
 * The canonical JSON is itself a valid framework file: {@link FrameworkLoader} reads it back into
 * an equal definition.
 *
 * <p>Plain Java, no JSON library: the hash must not change when a library upgrade changes
 * formatting.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** The canonical JSON of {@code definition}. */
    public static String write(FrameworkDefinition definition) {
        StringBuilder out = new StringBuilder(64 * 1024);
        value(out, tree(definition));
        return out.toString();
    }

    /** SHA-256 of the canonical JSON's UTF-8 bytes, as 64 lowercase hex digits. */
    public static String sha256(FrameworkDefinition definition) {
        return sha256(write(definition));
    }

    /** SHA-256 of {@code canonicalJson}'s UTF-8 bytes, as 64 lowercase hex digits. */
    public static String sha256(String canonicalJson) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    // ---- records to a sorted tree -------------------------------------------------------------

    private static Map<String, Object> tree(FrameworkDefinition d) {
        Map<String, Object> m = new TreeMap<>();
        m.put("key", d.key());
        m.put("version", d.version());
        m.put("languages", d.languages());
        m.put("title", text(d.title()));
        m.put("description", text(d.description()));
        m.put("notApplicableLabel", text(d.notApplicableLabel()));
        m.put("sociallyEnabledLevel", d.sociallyEnabledLevel());
        m.put("defaultTargetLevel", d.defaultTargetLevel());
        m.put("levels", map(d.levels(), CanonicalJson::level));
        m.put("dimensions", map(d.dimensions(), CanonicalJson::dimension));
        m.put("recommendations", map(d.recommendations(), CanonicalJson::recommendation));
        m.put("publishedFigures", map(d.publishedFigures(), CanonicalJson::figure));
        return m;
    }

    private static Map<String, Object> level(MaturityLevel l) {
        Map<String, Object> band = new TreeMap<>();
        band.put("from", l.from());
        band.put("to", l.to());
        Map<String, Object> m = new TreeMap<>();
        m.put("level", l.level());
        m.put("key", l.key());
        m.put("name", text(l.name()));
        m.put("description", text(l.description()));
        m.put("band", band);
        return m;
    }

    private static Map<String, Object> dimension(Dimension d) {
        Map<String, Object> m = new TreeMap<>();
        m.put("key", d.key());
        m.put("businessArea", d.businessArea());
        m.put("weight", d.weight());
        m.put("name", text(d.name()));
        m.put("description", text(d.description()));
        m.put("questions", map(d.questions(), CanonicalJson::question));
        return m;
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> m = new TreeMap<>();
        m.put("key", q.key());
        m.put("type", q.type().key());
        m.put("weight", q.weight());
        m.put("perspective", q.perspective().key());
        m.put("audience", map(q.audience(), BusinessFunction::key));
        m.put("title", text(q.title()));
        m.put("text", text(q.text()));
        m.put("help", text(q.help()));
        m.put("options", map(q.options(), o -> {
            Map<String, Object> om = new TreeMap<>();
            om.put("key", o.key());
            om.put("score", o.score());
            om.put("label", text(o.label()));
            return om;
        }));
        return m;
    }

    private static Map<String, Object> recommendation(Recommendation r) {
        Map<String, Object> m = new TreeMap<>();
        m.put("key", r.key());
        m.put("dimension", r.dimension());
        m.put("level", r.level());
        m.put("title", text(r.title()));
        m.put("text", text(r.text()));
        return m;
    }

    private static Map<String, Object> figure(PublishedFigure f) {
        Map<String, Object> source = new TreeMap<>();
        source.put("title", f.source().title());
        source.put("publisher", f.source().publisher());
        source.put("year", f.source().year());
        source.put("sample", f.source().sample());
        if (f.source().reportedIn() != null) {
            source.put("reportedIn", f.source().reportedIn());
        }
        Map<String, Object> m = new TreeMap<>();
        m.put("key", f.key());
        m.put("value", f.value());
        m.put("population", f.population().key());
        m.put("question", f.question());
        m.put("options", f.options());
        m.put("compareWith", map(f.compareWith(), BusinessFunction::key));
        m.put("better", f.better().key());
        m.put("source", source);
        m.put("text", text(f.text()));
        return m;
    }

    private static Map<String, Object> text(LocalizedText t) {
        return new TreeMap<>(t.values());
    }

    private static <T> List<Object> map(List<T> items, java.util.function.Function<T, Object> f) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(f.apply(item));
        }
        return out;
    }

    // ---- writing --------------------------------------------------------------------------------

    private static void value(StringBuilder out, Object v) {
        if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, (String) e.getKey());
                out.append(':');
                value(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Integer i) {
            out.append(i.intValue());
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("JSON has no representation for " + d);
            }
            String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            out.append(plain.equals("-0") ? "0" : plain);
        } else {
            throw new IllegalArgumentException("unexpected value " + v);
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
