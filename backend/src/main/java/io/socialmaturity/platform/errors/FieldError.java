package io.socialmaturity.platform.errors;

import jakarta.validation.ConstraintViolation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One offending field: its name as the client sent it ({@code firstAdmin.email}), a {@code violation.} key (or a
 * bean-validation key) and the arguments: positional ({@code {0}}) or a constraint's attributes ({@code {max}}).
 */
public record FieldError(String field, String key, List<Object> args, Map<String, Object> attributes) {

    public FieldError {
        args = List.copyOf(args);
        attributes = Map.copyOf(attributes);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(
                field,
                key,
                Arrays.stream(args)
                        .map(a -> a instanceof Messages.Ref ? a : (Object) String.valueOf(a))
                        .toList(),
                Map.of());
    }

    /**
     * A bean-validation failure under this field name. A template {@code {key}} (Jakarta's own such as
     * {@code {jakarta.validation.constraints.NotBlank.message}}, or the product's {@code {violation.…}}) is kept as the
     * key with the constraint's attributes; a literal English message becomes the {@code violation.} key with that
     * English text, or stays as written (then it is English only).
     */
    public static FieldError of(String field, ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null
                && template.startsWith("{")
                && template.endsWith("}")
                && Messages.has(template.substring(1, template.length() - 1))) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (v.getConstraintDescriptor() != null
                    && v.getConstraintDescriptor().getAttributes() != null) {
                v.getConstraintDescriptor().getAttributes().forEach((k, value) -> {
                    if (value != null && !(value instanceof Class<?>[])) {
                        attributes.put(k, String.valueOf(value));
                    }
                });
            }
            return new FieldError(field, template.substring(1, template.length() - 1), List.of(), attributes);
        }
        String literal = template != null && !template.startsWith("{") ? template : v.getMessage();
        return new FieldError(field, Messages.keyOfEnglish(literal).orElse(literal), List.of(), Map.of());
    }

    /** The same error under another name, e.g. nested under {@code firstAdmin.}. */
    public FieldError prefixed(String prefix) {
        return new FieldError(prefix + field, key, args, attributes);
    }

    public String message(Locale locale) {
        return attributes.isEmpty()
                ? Messages.text(locale, key, args.toArray())
                : Messages.text(locale, key, attributes);
    }
}
