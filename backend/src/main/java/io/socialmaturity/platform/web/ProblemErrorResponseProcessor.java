package io.socialmaturity.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error pipeline: every error response Micronaut builds (validation, conversion, routing,
 * security, domain {@link ProblemException}s) goes through here and leaves as problem+json.
 * A 5xx never shows an exception message: it is logged with an id that the response carries.
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String path = context.getRequest().getPath();
        Problem problem;
        if (context.getRootCause().orElse(null) instanceof ProblemException pe) {
            problem = new Problem(Problem.TYPE_BASE + pe.type(), pe.title(), pe.status().getCode(), pe.getMessage(),
                    path, pe.violations(), pe.extra());
            status = pe.status();
        } else if (context.getRootCause().orElse(null) instanceof ConstraintViolationException cve) {
            List<Problem.Violation> violations = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.Violation(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                    .toList();
            String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                    : "Some fields are invalid: " + String.join(", ", violations.stream().map(Problem.Violation::field).toList()) + ".";
            problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail, path,
                    violations, Map.of());
            status = HttpStatus.BAD_REQUEST;
        } else if (context.getRootCause().orElse(null) instanceof ConversionErrorException cee) {
            // "abc" where a number belongs (e.g. /assessments/abc): say which value, never the parser's words
            String field = cee.getArgument().getName();
            problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "The value of " + field + " is not valid.", path,
                    List.of(new Problem.Violation(field, "is not a valid value")), Map.of());
            status = HttpStatus.BAD_REQUEST;
        } else if (status.getCode() >= 500) {
            String incident = java.util.UUID.randomUUID().toString();
            LOG.error("Unexpected error {} on {} {}", incident, context.getRequest().getMethod(), path,
                    context.getRootCause().orElse(null));
            problem = new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", status.getCode(),
                    "Something went wrong on our side; nothing you sent was lost. Incident " + incident + ".",
                    path, List.of(), Map.of("incident", incident));
        } else {
            List<Problem.Violation> violations = new ArrayList<>();
            String detail = null;
            for (Error error : context.getErrors()) {
                if (error.getPath().isPresent()) {
                    violations.add(new Problem.Violation(fieldName(error.getPath().get()), error.getMessage()));
                } else if (detail == null) {
                    detail = error.getMessage();
                }
            }
            if (detail == null && !violations.isEmpty()) {
                detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                        : "Some fields are invalid: " + String.join(", ", violations.stream().map(Problem.Violation::field).toList()) + ".";
            }
            problem = new Problem(Problem.TYPE_BASE + typeFor(status), status.getReason(), status.getCode(),
                    safeDetail(status, detail), path, violations, Map.of());
        }
        return response.status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** "create.command.title" becomes "title"; "create.command.items[2].key" becomes "items[2].key". */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String safeDetail(HttpStatus status, String detail) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in first: this call needs a valid access token.";
            case FORBIDDEN -> detail != null && !detail.equals("Forbidden") ? detail : "You are not allowed to do this.";
            case NOT_FOUND -> detail != null && !detail.startsWith("Page Not Found") ? detail : "No such resource.";
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
