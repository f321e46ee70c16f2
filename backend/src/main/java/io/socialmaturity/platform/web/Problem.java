package io.socialmaturity.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 * {@code violations} names the offending fields; {@code extra} carries problem-specific members
 * (for example the current value of an answer on a 409 conflict).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable List<Violation> violations,
        @Nullable Map<String, Object> extra) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://socialmaturity.io/problems/";

    @Serdeable
    public record Violation(String field, String message) {}
}
