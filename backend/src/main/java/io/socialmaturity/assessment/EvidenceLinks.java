package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;

/**
 * Evidence links as people type them. A bare host name ({@code www.acme.it/report}) or a scheme-relative
 * one ({@code //acme.it}) gets {@code https://}; anything else is left as it is, for the validation of
 * {@link AssessmentCommands.SaveAnswer} to accept (http/https) or refuse. The web app normalises the same way.
 */
final class EvidenceLinks {

    private static final Pattern BARE_HOST =
            Pattern.compile("(?i)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(:\\d+)?([/?#]\\S*)?");

    private EvidenceLinks() {}

    static @Nullable String normalize(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        String bare = trimmed.startsWith("//") ? trimmed.substring(2) : trimmed;
        return BARE_HOST.matcher(bare).matches() ? "https://" + bare : trimmed;
    }
}
