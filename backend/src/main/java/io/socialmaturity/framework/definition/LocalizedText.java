package io.socialmaturity.framework.definition;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A text in several languages, keyed by ISO 639-1 language code ({@code "en"}, {@code "it"}).
 *
 * <p>Immutable; the map is sorted by language code so that {@code equals}, {@code toString} and the
 * canonical JSON are stable. Completeness (every declared language present, no blank text) is
 * checked by {@link FrameworkValidator}, not here, so that the validator can name the place.
 *
 * @param values language code to text
 */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Two-language convenience constructor. */
    public static LocalizedText of(String en, String it) {
        return new LocalizedText(Map.of("en", en, "it", it));
    }

    /** The text in {@code language}, or {@code null} when that translation is missing. */
    public String get(String language) {
        return values.get(language);
    }

    /** The text in {@code language}, falling back to {@code fallbackLanguage}. */
    public String get(String language, String fallbackLanguage) {
        String text = values.get(language);
        return text != null ? text : values.get(fallbackLanguage);
    }
}
