package io.socialmaturity.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal the domain states without HTTP: what went wrong ({@link #code()}, the problem type's last segment,
 * stable for clients), a message key for the detail with its arguments, the offending fields, and extra members
 * for the client (e.g. the current answer of a conflict). The web edge
 * ({@code platform/web/ProblemErrorResponseProcessor}) alone turns it into {@code application/problem+json}: the
 * subclass decides the status, {@link Messages} the language of {@code title}, {@code detail} and field messages.
 *
 * <p>Convention (see docs/ERRORS.md): detail keys start with {@code problem.}, field-message keys with
 * {@code violation.}, titles are {@code title.<code>} (or the kind's title, e.g. {@code title.conflict}); every key
 * is in {@code i18n/problems.properties} and {@code i18n/problems_it.properties}. Arguments are shown as given
 * ({@code String.valueOf}), never reformatted by locale, and must not be internal details; an argument that is itself
 * a text (a noun such as "the user") is a {@link Messages.Ref}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, InvalidException, ForbiddenException, UnavailableException {

    private final String code;
    private final String key;
    private final List<Object> args;
    private final List<FieldError> fields;
    private final Map<String, Object> extra;

    DomainException(String code, String key, List<?> args, List<FieldError> fields, Map<String, Object> extra) {
        super(null, null, false, false);
        this.code = code;
        this.key = key;
        this.args = args.stream()
                .map(a -> a instanceof Messages.Ref ? a : (Object) String.valueOf(a))
                .toList();
        this.fields = List.copyOf(fields);
        this.extra = Map.copyOf(extra);
    }

    /** The problem type's last segment, e.g. {@code last-admin}. */
    public String code() {
        return code;
    }

    /** The message key of the detail. */
    public String key() {
        return key;
    }

    /** The arguments: strings, or {@link Messages.Ref}s to texts shown in the request's language. */
    public List<Object> args() {
        return args;
    }

    public List<FieldError> fields() {
        return fields;
    }

    public Map<String, Object> extra() {
        return extra;
    }

    /** The kind's fallback title key when there is no {@code title.<code>}: e.g. {@code title.conflict}. */
    public abstract String kindTitleKey();

    /** The detail in English, for logs and audit reasons. */
    @Override
    public String getMessage() {
        return Messages.text(Locale.ENGLISH, key, args.toArray());
    }

    /** The detail in this language. */
    public String detail(Locale locale) {
        return Messages.text(locale, key, args.toArray());
    }

    static List<FieldError> plus(List<FieldError> fields, FieldError more) {
        List<FieldError> all = new ArrayList<>(fields);
        all.add(more);
        return all;
    }
}
