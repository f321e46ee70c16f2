package io.socialmaturity.users;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.MailCatcher;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invitation email as the invited person reads it, sent by the real Keycloak with the product's email theme
 * (infra/keycloak/themes/social-maturity/email) to a real SMTP server: it names the company and who invited, is in
 * the inviting admin's UI language, and its link leads back into the app through the web client.
 */
@MicronautTest(transactional = false)
class InvitationEmailApiTest extends ApiTest {

    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

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

    private String invite(String email, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("firstName", "Ines");
        body.put("lastName", "Invitata");
        body.put("businessFunction", "marketing");
        body.put("roles", List.of("respondent"));
        body.put("onboarding", "INVITE");
        // The SPA sends its UI language as Accept-Language on every call.
        return (String) call(post(ANNA_ADMIN, "/api/v1/users", body).header("Accept-Language", language))
                .get("id");
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
    }

    @Test
    void anItalianInvitationNamesTheCompanyAndTheInviterInItalianAndLeadsIntoTheApp() throws Exception {
        String email = uniqueEmail("invito");
        String id = invite(email, "it-IT,it;q=0.9,en;q=0.5");
        try {
            MimeMessage mail =
                    MailCatcher.messagesTo(email, 1, Duration.ofSeconds(20)).get(0);
            assertEquals("Il tuo invito a Social Maturity", mail.getSubject());
            String html = unescaped(part(mail, "text/html"));
            String text = part(mail, "text/plain");
            for (String body : List.of(html, text)) {
                assertTrue(body.contains("Anna Admin ti ha invitato in Acme Manufacturing su Social Maturity"), body);
                assertTrue(body.contains("Ciao Ines,"), body);
                assertTrue(body.contains("Social Maturity misura quanto è social un'azienda"), body);
                assertTrue(body.contains("Il link vale per 7 giorni"), body);
            }
            assertTrue(html.contains("lang=\"it\""), html);
            keep("invitation-it.html", part(mail, "text/html"));
            assertTrue(html.contains(">Accetta l'invito</a>"), html);
            assertLinkLeadsIntoTheApp(html);
            assertLinkLeadsIntoTheApp(text);

            // Sent again, it still names the company and the admin who sent it, and keeps the language.
            assertEquals(
                    202,
                    http.toBlocking()
                            .exchange(as(ANNA_ADMIN, HttpRequest.POST("/api/v1/users/" + id + "/invitation", ""))
                                    .header("Accept-Language", "en"))
                            .code());
            MimeMessage again =
                    MailCatcher.messagesTo(email, 2, Duration.ofSeconds(20)).get(1);
            assertEquals("Il tuo invito a Social Maturity", again.getSubject());
            assertTrue(part(again, "text/plain").contains("Anna Admin ti ha invitato in Acme Manufacturing"));
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    @Test
    void anEnglishInvitationSaysTheSameInEnglish() throws Exception {
        String email = uniqueEmail("invite");
        String id = invite(email, "en");
        try {
            MimeMessage mail =
                    MailCatcher.messagesTo(email, 1, Duration.ofSeconds(20)).get(0);
            assertEquals("Your invitation to Social Maturity", mail.getSubject());
            String html = unescaped(part(mail, "text/html"));
            String text = part(mail, "text/plain");
            for (String body : List.of(html, text)) {
                assertTrue(body.contains("Anna Admin invited you to Acme Manufacturing on Social Maturity"), body);
                assertTrue(body.contains("Social Maturity measures how socially enabled a company is"), body);
                assertTrue(body.contains("The link works for 7 days"), body);
                assertFalse(body.contains("Update Your Account"), body);
            }
            assertTrue(html.contains("lang=\"en\""), html);
            keep("invitation-en.html", part(mail, "text/html"));
            assertLinkLeadsIntoTheApp(text);
        } finally {
            KeycloakFixtures.deleteUser(id);
        }
    }

    /**
     * The link is Keycloak's action token; the token names the web client and the app's address, so after the steps
     * Keycloak hands back to the app (see the login theme's info.ftl).
     */
    private void assertLinkLeadsIntoTheApp(String body) {
        Matcher m = LINK.matcher(body);
        assertTrue(m.find(), body);
        String key = null;
        for (String pair : URI.create(m.group()).getRawQuery().split("&")) {
            if (pair.startsWith("key=")) {
                key = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
            }
        }
        assertNotNull(key, m.group());
        String claims = new String(Base64.getUrlDecoder().decode(key.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"typ\":\"execute-actions\""), claims);
        assertTrue(claims.contains("\"azp\":\"" + webClientId + "\""), claims);
        assertTrue(claims.contains("\"reduri\":\"" + appUrl + "\""), claims);
    }

    /** Keeps the email as sent in target/mails/, to open in a browser and look at. */
    private static void keep(String name, String html) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target/mails");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(name), html);
    }

    private static String unescaped(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** The decoded text of the message's first part of this type. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
