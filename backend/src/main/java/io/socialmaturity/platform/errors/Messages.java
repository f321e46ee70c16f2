package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of problem details: {@code i18n/problems.properties} (English) and {@code i18n/problems_it.properties}.
 * A text is plain (an apostrophe is just an apostrophe) with placeholders {@code {0}}, {@code {1}} for arguments and
 * {@code {max}}-style names for a constraint's attributes. No fallback to the JVM's locale: a language the product
 * does not speak gets English; a key missing in Italian falls back to English at run time and fails
 * {@code MessagesTest}. An unknown key shows as the key itself (never an exception).
 */
public final class Messages {

    public static final String BUNDLE = "i18n.problems";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private Messages() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                "it".equals(locale.getLanguage()) ? Locale.ITALIAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Optional<String> pattern(Locale locale, String key) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    public static boolean has(String key) {
        return pattern(Locale.ROOT, key).isPresent();
    }

    /** An argument that is itself a text, shown in the same language (e.g. "the user" in a detail). */
    public record Ref(String key) {}

    /** The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments. */
    public static String text(Locale locale, String key, Object... args) {
        return pattern(locale, key)
                .map(p -> fill(p, name -> {
                    try {
                        int i = Integer.parseInt(name);
                        return i >= args.length
                                ? null
                                : args[i] instanceof Ref ref ? text(locale, ref.key()) : String.valueOf(args[i]);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }))
                .orElse(key);
    }

    /** The text of {@code key} with named placeholders ({@code {max}}) replaced from {@code values}. */
    public static String text(Locale locale, String key, Map<String, ?> values) {
        return pattern(locale, key)
                .map(p -> fill(p, name -> values.containsKey(name) ? String.valueOf(values.get(name)) : null))
                .orElse(key);
    }

    /**
     * The {@code violation.} key whose English text is exactly this message, for constraints that still carry a
     * literal English {@code message}: their Italian is found all the same.
     */
    public static Optional<String> keyOfEnglish(String message) {
        ResourceBundle en = bundle(Locale.ROOT);
        return java.util.Collections.list(en.getKeys()).stream()
                .filter(k -> k.startsWith("violation.") && message.equals(en.getString(k)))
                .sorted()
                .findFirst();
    }

    /** The placeholder names of a text, for the test that both languages use the same ones. */
    public static List<String> placeholders(String pattern) {
        return PLACEHOLDER
                .matcher(pattern)
                .results()
                .map(r -> r.group(1))
                .sorted()
                .toList();
    }

    private static String fill(String pattern, java.util.function.Function<String, String> value) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = value.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
