package io.socialmaturity.platform.errors;

import java.util.List;
import java.util.Locale;

/** One offending field: its name as the client sent it ({@code firstAdmin.email}) and a {@code violation.} key. */
public record FieldError(String field, String key, List<String> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The same error under another name, e.g. nested under {@code firstAdmin.}. */
    public FieldError prefixed(String prefix) {
        return new FieldError(prefix + field, key, args);
    }

    public String message(Locale locale) {
        return Messages.text(locale, key, args.toArray());
    }
}
