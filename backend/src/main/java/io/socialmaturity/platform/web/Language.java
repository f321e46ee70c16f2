package io.socialmaturity.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.socialmaturity.platform.errors.InvalidException;
import java.util.List;
import java.util.Locale;

/** The product's languages and how a request chooses one: {@code ?lang=} first, then Accept-Language, then English. */
public final class Language {

    public static final List<String> SUPPORTED = List.of("en", "it");
    public static final String DEFAULT = "en";

    private Language() {}

    /**
     * The language of a request's messages (problem details): a supported {@code ?lang=}, else Accept-Language, else
     * English. Never refuses: an error about an unknown {@code lang} is itself in the Accept-Language's language.
     */
    public static Locale locale(HttpRequest<?> request) {
        String lang = request.getParameters().get("lang");
        if (lang != null && SUPPORTED.contains(lang.toLowerCase(Locale.ROOT))) {
            return Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
        }
        return Locale.forLanguageTag(resolve(null, request));
    }

    public static String resolve(@Nullable String lang, HttpRequest<?> request) {
        if (lang != null && !lang.isBlank()) {
            String l = lang.toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(l)) {
                throw InvalidException.field("lang", "violation.one-of", SUPPORTED);
            }
            return l;
        }
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (SUPPORTED.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to the default language
            }
        }
        return DEFAULT;
    }
}
