package io.socialmaturity.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.DomainException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.Messages;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.errors.UnavailableException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error pipeline: every error response Micronaut builds (validation, conversion, routing,
 * security, domain {@link DomainException}s) goes through here and leaves as
 * problem+json, in the request's language ({@link Language#locale}): titles, details and field messages are looked
 * up by key in {@link Messages}. A domain exception's kind decides the status (not found 404, invalid 400, forbidden
 * 403, conflict 409, unavailable 503), its code the problem type. A 5xx never shows an exception message: it is
 * logged with an id that the response carries.
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(
            @NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String path = context.getRequest().getPath();
        Locale locale = Language.locale(context.getRequest());
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem;
        if (cause instanceof DomainException de) {
            status = statusOf(de);
            problem = new Problem(
                    Problem.TYPE_BASE + de.code(),
                    title(locale, de),
                    status.getCode(),
                    de.detail(locale),
                    path,
                    de.fields().stream()
                            .map(f -> new Problem.Violation(f.field(), f.message(locale)))
                            .toList(),
                    de.extra());
        } else if (cause instanceof ConstraintViolationException cve) {
            List<Problem.Violation> violations = cve.getConstraintViolations().stream()
                    .map(v ->
                            new Problem.Violation(fieldName(v.getPropertyPath().toString()), message(locale, v)))
                    .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                    .toList();
            problem = invalidRequest(locale, path, violations);
            status = HttpStatus.BAD_REQUEST;
        } else if (status.getCode() >= 500) {
            String incident = java.util.UUID.randomUUID().toString();
            LOG.error(
                    "Unexpected error {} on {} {}",
                    incident,
                    context.getRequest().getMethod(),
                    path,
                    context.getRootCause().orElse(null));
            problem = new Problem(
                    Problem.TYPE_BASE + "internal-error",
                    Messages.text(locale, "title.internal-error"),
                    status.getCode(),
                    Messages.text(locale, "problem.internal-error", incident),
                    path,
                    List.of(),
                    Map.of("incident", incident));
        } else if (cause instanceof ConversionErrorException cee) {
            // "abc" for a number: the field and a text for people, not the converter's exception message
            List<Problem.Violation> violations = List.of(new Problem.Violation(
                    cee.getArgument().getName(), Messages.text(locale, "violation.wrong-format")));
            problem = invalidRequest(locale, path, violations);
            status = HttpStatus.BAD_REQUEST;
        } else if (cause instanceof UnsatisfiedArgumentException uae) {
            List<Problem.Violation> violations = List.of(
                    new Problem.Violation(uae.getArgument().getName(), Messages.text(locale, "violation.required")));
            problem = invalidRequest(locale, path, violations);
            status = HttpStatus.BAD_REQUEST;
        } else if (status == HttpStatus.BAD_REQUEST && isJsonError(cause)) {
            problem = new Problem(
                    Problem.TYPE_BASE + "invalid-request",
                    Messages.text(locale, "title.invalid-request"),
                    400,
                    Messages.text(locale, "problem.invalid-json"),
                    path,
                    List.of(),
                    Map.of());
        } else {
            List<Problem.Violation> violations = new ArrayList<>();
            String detail = null;
            for (Error error : context.getErrors()) {
                if (error.getPath().isPresent()) {
                    violations.add(
                            new Problem.Violation(fieldName(error.getPath().get()), error.getMessage()));
                } else if (detail == null) {
                    detail = error.getMessage();
                }
            }
            if (detail == null && !violations.isEmpty()) {
                detail = fieldsDetail(locale, violations);
            }
            String titleKey = "title.http-" + status.getCode();
            problem = new Problem(
                    Problem.TYPE_BASE + typeFor(status),
                    Messages.has(titleKey) ? Messages.text(locale, titleKey) : status.getReason(),
                    status.getCode(),
                    safeDetail(locale, status, detail),
                    path,
                    violations,
                    Map.of());
        }
        // the language the texts are in (the bundle's: Italian or English), so the app knows it need not re-word them
        return response.status(status)
                .contentType(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, "it".equals(locale.getLanguage()) ? "it" : "en")
                .body(problem);
    }

    /** 400 {@code invalid-request} naming every offending field. */
    private static Problem invalidRequest(Locale locale, String path, List<Problem.Violation> violations) {
        return new Problem(
                Problem.TYPE_BASE + "invalid-request",
                Messages.text(locale, "title.invalid-request"),
                400,
                fieldsDetail(locale, violations),
                path,
                violations,
                Map.of());
    }

    private static boolean isJsonError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("JsonSyntaxException")
                    || name.endsWith("JsonParseException")
                    || name.endsWith("JsonEOFException")
                    || name.endsWith(".CodecException")) {
                return true;
            }
        }
        return false;
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (e instanceof InvalidException) {
            return HttpStatus.BAD_REQUEST;
        } else if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        } else if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        } else if (e instanceof UnavailableException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        throw new IllegalStateException("unmapped domain exception " + e.getClass());
    }

    private static String title(Locale locale, DomainException e) {
        String own = "title." + e.code();
        return Messages.text(locale, Messages.has(own) ? own : e.kindTitleKey());
    }

    private static String fieldsDetail(Locale locale, List<Problem.Violation> violations) {
        return violations.size() == 1
                ? Messages.text(
                        locale,
                        "problem.invalid-request.field",
                        violations.get(0).field(),
                        violations.get(0).message())
                : Messages.text(
                        locale,
                        "problem.invalid-request.some",
                        String.join(
                                ", ",
                                violations.stream()
                                        .map(Problem.Violation::field)
                                        .toList()));
    }

    /** A bean-validation message in the request's language ({@link FieldError#of(String, ConstraintViolation)}). */
    static String message(Locale locale, ConstraintViolation<?> v) {
        return FieldError.of("", v).message(locale);
    }

    /** "create.command.title" becomes "title"; "create.command.items[2].key" becomes "items[2].key". */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String safeDetail(Locale locale, HttpStatus status, String detail) {
        return switch (status) {
            case UNAUTHORIZED -> Messages.text(locale, "problem.unauthorized");
            case FORBIDDEN ->
                detail != null && !detail.equals("Forbidden")
                        ? detail
                        : Messages.text(locale, "problem.forbidden.default");
            case NOT_FOUND ->
                detail != null && !detail.startsWith("Page Not Found")
                        ? detail
                        : Messages.text(locale, "problem.not-found.default");
            default -> detail;
        };
    }

    private static String typeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "request-too-large";
            default -> "http-" + status.getCode();
        };
    }
}
