package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.platform.errors.FieldError;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard. A target is an absolute https URL (http only with {@code maturity.webhooks.allow-http}) without user
 * info and with a valid port (java.net.URI takes any digits), whose host resolves, every address of it, to public
 * addresses ({@link AddressPolicy}; any address with {@code allow-private-addresses}). Checked at registration and
 * again before every delivery attempt, since a name may resolve elsewhere later (DNS rebinding); redirects are never
 * followed.
 */
@Singleton
class WebhookTargets {

    private final WebhookProperties properties;

    WebhookTargets(WebhookProperties properties) {
        this.properties = properties;
    }

    /** The URL as a URI when it is acceptable, else a field error on {@code field}. */
    Optional<URI> check(List<FieldError> errors, String field, @Nullable String url) {
        Optional<String> problem = refusal(url);
        if (problem.isPresent()) {
            String[] p = problem.get().split("\\|", 2);
            errors.add(p.length == 2 ? FieldError.of(field, p[0], p[1]) : FieldError.of(field, p[0]));
            return Optional.empty();
        }
        return Optional.of(URI.create(url.strip()));
    }

    /** Why this URL may not be called now (a message key, "|" and its argument), or empty when it may. */
    Optional<String> refusal(@Nullable String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return Optional.of("violation.not-a-url");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("violation.not-a-url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getPort() > 65535
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("violation.not-a-url");
        }
        if (scheme.equals("http") && !properties.allowHttp()) {
            return Optional.of("violation.https-only");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("violation.unresolvable-host");
        }
        if (!properties.allowPrivateAddresses()) {
            for (InetAddress a : addresses) {
                if (!AddressPolicy.isPublic(a)) {
                    return Optional.of("violation.refused-address|" + a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
