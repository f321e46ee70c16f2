package io.socialmaturity.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * A domain error with a 4xx status that reaches the client as problem+json. Thrown by services;
 * mapped once in {@link ProblemErrorResponseProcessor}. Its detail is written for users: never put an
 * exception message or internal identifier in it.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extra;

    public ProblemException(HttpStatus status, String type, String title, @Nullable String detail,
                            List<Problem.Violation> violations, Map<String, Object> extra) {
        super(detail == null ? title : detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.extra = Map.copyOf(extra);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found.",
                List.of(), Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", message,
                List.of(new Problem.Violation(field, message)), Map.of());
    }

    /** 400 with every offending field. */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "Some fields are invalid.", violations, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String type, String detail, Map<String, Object> extra) {
        return new ProblemException(HttpStatus.CONFLICT, type, "Conflict", detail, List.of(), extra);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
