package io.socialmaturity.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates extra organizations and users in the real Keycloak through its Admin API, with the backend's
 * development service account, for tests that need more people than the demo realm has. Idempotent.
 */
public final class KeycloakFixtures {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ALIAS_ID =
            Pattern.compile("\\{\"id\"\\s*:\\s*\"([^\"]+)\"[^{}]*\"alias\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ADMIN = Keycloak.URL + "/admin/realms/" + Keycloak.REALM;

    private KeycloakFixtures() {}

    /** The id of the organization with this alias, created when missing. */
    public static synchronized String ensureOrganization(String alias, String name) {
        String token = serviceToken();
        String list = send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/organizations?search=" + enc(alias) + "&max=100"))
                        .GET());
        Matcher m = ALIAS_ID.matcher(list);
        while (m.find()) {
            if (m.group(2).equals(alias)) {
                return m.group(1);
            }
        }
        String body = "{\"name\":\"" + name + "\",\"alias\":\"" + alias + "\",\"enabled\":true,"
                + "\"domains\":[{\"name\":\"" + alias + ".example\",\"verified\":false}]}";
        send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/organizations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        return ensureOrganization(alias, name);
    }

    /** The id of the user with this email (password {@code demo-password}), created and made a member when missing. */
    public static synchronized String ensureMember(String organizationId, String email, String businessFunction) {
        return ensureMember(organizationId, email, businessFunction, null);
    }

    /** As above, with the Keycloak {@code locale} attribute (the language of the user's emails) when created. */
    public static synchronized String ensureMember(
            String organizationId, String email, String businessFunction, String locale) {
        String token = serviceToken();
        String found = send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/users?exact=true&username=" + enc(email)))
                        .GET());
        Matcher m = ID.matcher(found);
        String userId;
        if (m.find()) {
            userId = m.group(1);
        } else {
            String body = "{\"username\":\"" + email + "\",\"email\":\"" + email + "\",\"firstName\":\"Test\","
                    + "\"lastName\":\"" + email.substring(0, email.indexOf('@'))
                    + "\",\"enabled\":true,\"emailVerified\":true,"
                    + "\"attributes\":{\"business_function\":[\"" + businessFunction + "\"]"
                    + (locale == null ? "" : ",\"locale\":[\"" + locale + "\"]") + "},"
                    + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + Keycloak.PASSWORD
                    + "\",\"temporary\":false}]}";
            send(
                    token,
                    HttpRequest.newBuilder(URI.create(ADMIN + "/users"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
            return ensureMember(organizationId, email, businessFunction, locale);
        }
        HttpResponse<String> member = raw(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/organizations/" + organizationId + "/members/" + userId))
                        .GET());
        if (member.statusCode() == 404) {
            send(
                    token,
                    HttpRequest.newBuilder(URI.create(ADMIN + "/organizations/" + organizationId + "/members"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("\"" + userId + "\"")));
        }
        return userId;
    }

    /** Gives the user a realm role (e.g. tenant-admin) unless they have it. */
    public static synchronized void ensureRealmRole(String userId, String role) {
        String token = serviceToken();
        String current = send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId + "/role-mappings/realm"))
                        .GET());
        if (current.contains("\"name\":\"" + role + "\"")) {
            return;
        }
        String representation = send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/roles/" + enc(role)))
                        .GET());
        send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId + "/role-mappings/realm"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + representation + "]")));
    }

    /** GET on the realm's Admin API with the service account: status code and body. */
    public static HttpResponse<String> adminGet(String path) {
        return raw(
                serviceToken(), HttpRequest.newBuilder(URI.create(ADMIN + path)).GET());
    }

    /** The id of the user with this exact username (email), if any. */
    public static java.util.Optional<String> userIdByEmail(String email) {
        String found = send(
                serviceToken(),
                HttpRequest.newBuilder(URI.create(ADMIN + "/users?exact=true&username=" + enc(email)))
                        .GET());
        Matcher m = ID.matcher(found);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** Deletes a user account (test clean-up); a missing user is fine. */
    public static void deleteUser(String userId) {
        raw(
                serviceToken(),
                HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId)).DELETE());
    }

    /** Deletes every organization with this domain or alias (test clean-up of earlier runs). */
    public static void deleteOrganizationsMatching(String search) {
        String token = serviceToken();
        String list = send(
                token,
                HttpRequest.newBuilder(URI.create(ADMIN + "/organizations?search=" + enc(search) + "&max=100"))
                        .GET());
        Matcher m = ALIAS_ID.matcher(list);
        while (m.find()) {
            raw(
                    token,
                    HttpRequest.newBuilder(URI.create(ADMIN + "/organizations/" + m.group(1)))
                            .DELETE());
        }
    }

    /** Sets a final (not temporary) password. */
    public static void setPassword(String userId, String password) {
        send(
                serviceToken(),
                HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + userId + "/reset-password"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}")));
    }

    /** Deletes an identity provider (test clean-up); a missing one is fine. */
    public static void deleteIdentityProvider(String alias) {
        raw(
                serviceToken(),
                HttpRequest.newBuilder(URI.create(ADMIN + "/identity-provider/instances/" + alias))
                        .DELETE());
    }

    private static String serviceToken() {
        String form =
                "grant_type=client_credentials&client_id=maturity-backend&client_secret=dev-only-maturity-backend-secret";
        HttpResponse<String> r = raw(
                null,
                HttpRequest.newBuilder(URI.create(
                                Keycloak.URL + "/realms/" + Keycloak.REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no service-account token: " + r.body());
        }
        return m.group(1);
    }

    private static String send(String token, HttpRequest.Builder request) {
        HttpResponse<String> r = raw(token, request);
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak Admin API answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static HttpResponse<String> raw(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + Keycloak.URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
