package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.ANNA_ADMIN;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.MailCatcher;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invited person follows the invitation email's link in a browser (here: an HTTP client that keeps cookies, like
 * a browser), sets a password, and is then signed in: Keycloak redirects to the app with an authorization code and
 * keeps a single sign-on session, so the app's own sign-in completes without asking for the password again. This is
 * the product's Keycloak extension (infra/keycloak/extension); without it Keycloak ends with its "account updated"
 * page and no session. A link that does not set a password (verify the email only) never signs anyone in.
 */
@MicronautTest(transactional = false)
class InvitationSignsInApiTest extends ApiTest {

    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");
    private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*/login-actions/action-token\\?[^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");
    private static final String PASSWORD = "Invited-password-1";
    private static final String AUTH_ENDPOINT =
            Keycloak.URL + "/realms/" + Keycloak.REALM + "/protocol/openid-connect/auth";

    @Value("${maturity.keycloak.web-client-id}")
    String webClientId;

    @Value("${maturity.app.public-url}")
    String appUrl;

    @BeforeAll
    static void mail() {
        MailCatcher.start();
    }

    @AfterAll
    static void stopMail() {
        MailCatcher.stop();
    }

    @Test
    void theInvitedPersonSetsThePasswordAndArrivesInTheAppSignedIn() throws Exception {
        String email = uniqueEmail("signed-in");
        String id = invite(email);
        try {
            String link = linkIn(MailCatcher.messagesTo(email, 1, Duration.ofSeconds(20)));
            Browser browser = new Browser();

            Outcome outcome = browser.follow(link);

            // Keycloak hands the person to the app with an authorization code: the login was finished. It carries
            // no state (the app did not start this login), so the app starts its own sign-in, which the single
            // sign-on session below answers at once.
            assertNotNull(
                    outcome.appRedirect(),
                    () -> String.join("\n", browser.trace) + "\nended on a Keycloak page instead:\n" + outcome.page());
            assertTrue(outcome.appRedirect().startsWith(appUrl), outcome.appRedirect());
            Map<String, String> params = query(outcome.appRedirect());
            assertTrue(params.containsKey("code"), outcome.appRedirect());
            assertFalse(params.containsKey("state"), outcome.appRedirect());
            assertTrue(browser.passwordPages > 0, "the link never asked for the password");

            // The app's own sign-in (prompt=none: no page may be shown) gets a code at once: no second password.
            Map<String, String> silent = query(browser.authorizeSilently(webClientId, appUrl));
            assertTrue(silent.containsKey("code"), silent::toString);
            assertFalse(silent.containsKey("error"), silent::toString);
            assertEquals("silent", silent.get("state"));
            assertNotEquals(
                    "[]",
                    KeycloakFixtures.adminGet("/users/" + id + "/sessions")
                            .body()
                            .strip());

            // The password chosen on the way is the account's password.
            assertTrue(Keycloak.signIn(email, PASSWORD, "openid").isPresent());
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    @Test
    void aLinkThatOnlyVerifiesTheEmailSignsNobodyIn() throws Exception {
        String email = uniqueEmail("verify-only");
        String id = invite(email);
        try {
            MailCatcher.messagesTo(email, 1, Duration.ofSeconds(20)); // the invitation, not used here
            KeycloakFixtures.setPassword(id, PASSWORD); // no password step pending on the account
            KeycloakFixtures.clearRequiredActions(id);
            KeycloakFixtures.executeActionsEmail(id, webClientId, appUrl, List.of("VERIFY_EMAIL"));
            String link = linkIn(
                    MailCatcher.messagesTo(email, 2, Duration.ofSeconds(20)).subList(1, 2));
            Browser browser = new Browser();

            Outcome outcome = browser.follow(link);

            // Keycloak's behaviour is kept: its last page, no code for the app, no session. Reading the mailbox
            // does not replace the password.
            assertNull(outcome.appRedirect(), outcome::toString);
            assertEquals(0, browser.passwordPages);
            Map<String, String> silent = query(browser.authorizeSilently(webClientId, appUrl));
            assertEquals("login_required", silent.get("error"), silent::toString);
            assertFalse(silent.containsKey("code"), silent::toString);
            assertEquals(
                    "[]",
                    KeycloakFixtures.adminGet("/users/" + id + "/sessions")
                            .body()
                            .strip());
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private String invite(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", "Ines");
        body.put("lastName", "Invited");
        body.put("businessFunction", "marketing");
        body.put("roles", List.of("respondent"));
        body.put("onboarding", "INVITE");
        return (String) call(post(ANNA_ADMIN, "/api/v1/users", body)).get("id");
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
    }

    /** The link in the text part of the last of these emails. */
    private static String linkIn(List<MimeMessage> mails) throws Exception {
        assertFalse(mails.isEmpty(), "no email arrived");
        String text = textOf(mails.get(mails.size() - 1));
        assertNotNull(text, "no text part");
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), text);
        return m.group();
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = textOf(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "=");
    }

    private static Map<String, String> query(String uri) {
        Map<String, String> params = new HashMap<>();
        String raw = URI.create(uri).getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    eq < 0 ? pair : pair.substring(0, eq),
                    eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Where following the link ended: a redirect to the app (not followed: the app need not run), or a page. */
    record Outcome(String appRedirect, String page) {}

    /** A browser as far as Keycloak's pages need one: it keeps cookies, follows redirects, fills the forms. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        int passwordPages;
        /**
         * Keycloak's cookies by name. Kept by hand: Keycloak marks them Secure, which browsers honour on http://localhost
         * but java.net.CookieManager does not (it never sends a Secure cookie over http).
         */
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        final List<String> trace = new java.util.ArrayList<>();

        Outcome follow(String link) throws Exception {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(link)).GET());
            URI at = URI.create(link);
            for (int step = 0; step < 15; step++) {
                int status = response.statusCode();
                if (status >= 300 && status < 400) {
                    URI next =
                            at.resolve(response.headers().firstValue("Location").orElseThrow());
                    if (next.toString().startsWith(appUrl)) {
                        return new Outcome(next.toString(), null);
                    }
                    at = next;
                    response = send(HttpRequest.newBuilder(next).GET());
                    continue;
                }
                assertEquals(200, status, response::body);
                String page = response.body();
                Matcher form = FORM_ACTION.matcher(page);
                // the page's own link, not the language menu's (those carry kc_locale)
                int message = Math.max(0, page.indexOf("id=\"kc-info-message\""));
                Matcher proceed = PROCEED.matcher(page).region(message, page.length());
                trace.add(status + " " + at + (page.contains("name=\"password-new\"") ? " [password form]" : ""));
                if (page.contains("name=\"password-new\"") && form.find()) {
                    // Keycloak's password page (the invitation's UPDATE_PASSWORD step)
                    passwordPages++;
                    at = at.resolve(unescape(form.group(1)));
                    response = send(HttpRequest.newBuilder(at)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "password-new=" + enc(PASSWORD) + "&password-confirm=" + enc(PASSWORD))));
                } else if (proceed.find() && !proceed.group(1).contains("kc_locale")) {
                    // Keycloak's confirmation page ("Click here to proceed") for a link opened in a new browser
                    at = at.resolve(unescape(proceed.group(1)));
                    response = send(HttpRequest.newBuilder(at).GET());
                } else {
                    return new Outcome(null, page);
                }
            }
            fail("more than 15 steps after the invitation link:\n" + String.join("\n", trace));
            return null;
        }

        /** An authorization request of the app with prompt=none and PKCE; returns the redirect's address. */
        String authorizeSilently(String clientId, String redirectUri) throws Exception {
            String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
            String challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            Map<String, String> params = Map.of(
                    "client_id", clientId,
                    "redirect_uri", redirectUri,
                    "response_type", "code",
                    "scope", "openid organization",
                    "prompt", "none",
                    "state", "silent",
                    "code_challenge", challenge,
                    "code_challenge_method", "S256");
            String query = params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(AUTH_ENDPOINT + "?" + query))
                    .GET());
            assertEquals(302, response.statusCode(), response::body);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(redirectUri), location);
            return location;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
