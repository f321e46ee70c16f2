package io.socialmaturity.webhooks;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Standard Webhooks signature (its published test vector) and the SSRF guard with production settings. */
class WebhookGuardsTest {

    private final WebhookTargets production =
            new WebhookTargets(new WebhookProperties(false, false, 20, Duration.ofSeconds(10)));

    @Test
    void signatureMatchesTheStandardWebhooksTestVector() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L,
                        "{\"test\": 2432232314}"));
        assertTrue(WebhookSignature.newSecret().startsWith("whsec_"));
    }

    @Test
    void nonPublicAddressesAreRefused() {
        for (String url : List.of(
                "https://localhost/hook",
                "https://127.0.0.1/",
                "https://10.1.2.3/",
                "https://172.16.0.1/",
                "https://192.168.1.1/",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/",
                "https://0.0.0.0/",
                "https://[::1]/",
                "https://[::]/",
                "https://[::ffff:127.0.0.1]/",
                "https://[::ffff:10.0.0.1]/",
                "https://[fc00::1]/",
                "https://[fd12:3456::1]/",
                "https://[fe80::1]/")) {
            Optional<String> r = production.refusal(url);
            assertTrue(r.isPresent() && r.get().startsWith("violation.refused-address"), url + " → " + r);
        }
    }

    @Test
    void publicHttpsIsAcceptedAndEverythingElseNamed() {
        assertEquals(Optional.empty(), production.refusal("https://8.8.8.8/hook"));
        assertEquals(Optional.empty(), production.refusal("https://[2001:4860:4860::8888]/hook"));
        assertEquals(Optional.of("violation.https-only"), production.refusal("http://8.8.8.8/hook"));
        for (String bad : List.of(
                "not a url", "ftp://8.8.8.8/", "https://user:pw@8.8.8.8/", "/relative", "", "https://8.8.8.8:65536/")) {
            assertEquals(Optional.of("violation.not-a-url"), production.refusal(bad), bad);
        }
    }
}
