package io.socialmaturity.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real access tokens from the real Keycloak started by the test command ({@code infra/keycloak.sh start}),
 * through the development-only password-grant client {@code maturity-cli}. Tokens are reused: a login
 * costs 0.1–0.2 s and they live 15 minutes.
 */
public final class Keycloak {

    public static final String URL = envOr("KEYCLOAK_URL", "http://localhost:8180");
    public static final String REALM = "maturity";
    public static final String PASSWORD = "demo-password";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Keycloak() {}

    /** An access token of {@code maturity-cli} for a demo user. */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> passwordGrant("maturity-cli", u));
    }

    /** A token from another client of the realm (its audience does not include the API). */
    public static String tokenOfClient(String clientId, String username) {
        return passwordGrant(clientId, username, "openid");
    }

    /**
     * A token that asks for every organization of the user ({@code organization:*}); for a member of several
     * organizations the claim then lists them all (a plain request gives none until one is chosen).
     */
    public static String tokenWithAllOrganizations(String username) {
        return passwordGrant("maturity-cli", username, "openid organization:*");
    }

    private static String passwordGrant(String clientId, String username) {
        return passwordGrant(clientId, username, "openid");
    }

    private static String passwordGrant(String clientId, String username, String scope) {
        String form = "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username) + "&password="
                + enc(PASSWORD) + "&scope=" + enc(scope);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(URL + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " via " + clientId
                        + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Keycloak is not reachable at " + URL
                            + ": start it with infra/keycloak.sh start (the test command does)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh password grant for any user: the access token, or empty when Keycloak refuses the sign-in. */
    public static java.util.Optional<String> signIn(String username, String password, String scope) {
        String form = "grant_type=password&client_id=maturity-cli&username=" + enc(username) + "&password="
                + enc(password) + "&scope=" + enc(scope);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(URL + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            return response.statusCode() == 200 && m.find()
                    ? java.util.Optional.of(m.group(1))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The decoded payload (claims) of a JWT, as JSON text. */
    public static String claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
