package io.socialmaturity.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.DemoUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is public and how it looks: the SPA with deep links, health, metrics, OpenAPI, errors. */
@MicronautTest(transactional = false)
class WebSurfaceTest extends ApiTest {

    @Test
    void theAppIsServedAtTheRoot() {
        HttpResponse<String> response =
                http.toBlocking().exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML), String.class);
        assertEquals(200, response.code());
        assertTrue(response.body().contains("<div id=\"root\">"), response.body());
    }

    @Test
    void deepLinksFallBackToIndexHtml() {
        HttpResponse<String> response = http.toBlocking()
                .exchange(HttpRequest.GET("/assessments/42").accept(MediaType.TEXT_HTML), String.class);
        assertEquals(200, response.code());
        assertTrue(response.body().contains("<div id=\"root\">"));
    }

    @Test
    void unknownApiPathsAndMissingFilesStay404ProblemJson() {
        assertProblem(404, () -> http.toBlocking().exchange(DemoUsersRequests.anna("/api/v1/no-such-thing")));
        assertProblem(
                404,
                () -> http.toBlocking()
                        .exchange(HttpRequest.GET("/no-such-file.png").accept(MediaType.TEXT_HTML)));
    }

    @Test
    void apiWithoutTokenIs401EvenForUnknownPaths() {
        assertProblem(401, () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/no-such-thing")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthIsPublicAndReportsTheDatabase() {
        Map<String, Object> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        assertEquals("UP", health.get("status"));
        assertTrue(String.valueOf(health.get("details")).contains("jdbc"), health.toString());
    }

    @Test
    void prometheusMetricsArePublished() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"));
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics.substring(0, Math.min(300, metrics.length())));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        String spec = http.toBlocking().retrieve(HttpRequest.GET("/swagger/social-maturity-api.yml"));
        assertTrue(spec.contains("/api/v1/me"), spec);
        String ui = http.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"));
        assertTrue(ui.contains("social-maturity-api.yml"), ui);
    }

    @Test
    @SuppressWarnings("unchecked")
    void appConfigTellsTheBrowserWhereToSignIn() {
        Map<String, Object> config = http.toBlocking().retrieve(HttpRequest.GET("/app-config.json"), Map.class);
        // The browser's Keycloak: KEYCLOAK_PUBLIC_URL when a developer runs their own on another port, else 8180
        String publicUrl = System.getenv().getOrDefault("KEYCLOAK_PUBLIC_URL", "http://localhost:8180");
        assertEquals(publicUrl + "/realms/maturity", config.get("authority"));
        assertEquals("maturity-web", config.get("clientId"));
        assertEquals("/api/v1", config.get("apiBase"));
    }

    private static final class DemoUsersRequests {
        static io.micronaut.http.MutableHttpRequest<?> anna(String uri) {
            return get(DemoUsers.ANNA_ADMIN, uri);
        }
    }
}
