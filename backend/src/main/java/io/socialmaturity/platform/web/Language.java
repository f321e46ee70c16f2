package io.socialmaturity.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Locale;

/** The product's languages and how a request chooses one: {@code ?lang=} first, then Accept-Language, then English. */
public final class Language {

    public static final List<String> SUPPORTED = List.of("en", "it");
    public static final String DEFAULT = "en";

    private Language() {
    }

    public static String resolve(@Nullable String lang, HttpRequest<?> request) {
        if (lang != null && !lang.isBlank()) {
            String l = lang.toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(l)) {
                throw ProblemException.badRequest("lang", "must be one of " + SUPPORTED);
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
