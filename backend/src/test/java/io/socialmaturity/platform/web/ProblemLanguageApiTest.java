package io.socialmaturity.platform.web;

import static io.socialmaturity.testing.DemoUsers.ANNA_ADMIN;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problem details in the request's language (Accept-Language): domain errors, bean validation and the 401. */
@MicronautTest(transactional = false)
class ProblemLanguageApiTest extends ApiTest {

    @Test
    void aDomainRefusalIsInItalianWhenAskedAndEnglishOtherwise() {
        var en = assertProblem(400, () -> call(get(ANNA_ADMIN, "/api/v1/users?size=0")));
        assertEquals("Invalid request", body(en).get("title"));
        assertEquals("must be between 1 and 200", body(en).get("detail"));
        var it = assertProblem(
                400, () -> call(get(ANNA_ADMIN, "/api/v1/users?size=0").header("Accept-Language", "it-IT,it;q=0.9")));
        assertEquals("invalid-request", type(it), "the type does not change with the language");
        assertEquals("Richiesta non valida", body(it).get("title"));
        assertEquals("deve essere tra 1 e 200", body(it).get("detail"));
        assertEquals(
                List.of(Map.of("field", "size", "message", "deve essere tra 1 e 200")), body(it).get("violations"));
    }

    @Test
    void beanValidationMessagesAreTranslatedToo() {
        var en = assertProblem(400, () -> call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", " "))));
        assertEquals("title: must not be blank", body(en).get("detail"));
        var it = assertProblem(
                400,
                () -> call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", " "))
                        .header("Accept-Language", "it")));
        assertEquals("title: non deve essere vuoto", body(it).get("detail"));
        assertEquals(List.of(Map.of("field", "title", "message", "non deve essere vuoto")), body(it).get("violations"));
        var size = assertProblem(
                400,
                () -> call(post(ANNA_ADMIN, "/api/v1/assessments", Map.of("title", "x".repeat(201)))
                        .header("Accept-Language", "it")));
        assertEquals("title: la lunghezza deve essere tra 0 e 200", body(size).get("detail"));
    }

    @Test
    void signInFirstIsItalianToo() {
        var it = assertProblem(401, () -> call(HttpRequest.GET("/api/v1/users").header("Accept-Language", "it")));
        assertEquals("Accedi prima: questa chiamata richiede un token di accesso valido.", body(it).get("detail"));
        var en = assertProblem(401, () -> call(HttpRequest.GET("/api/v1/users")));
        assertEquals("Sign in first: this call needs a valid access token.", body(en).get("detail"));
        assertEquals("Unauthorized", body(en).get("title"));
    }

    @Test
    void whatMicronautRefusesIsNamedForPeopleNotAsAJavaException() {
        var id = assertProblem(
                400, () -> call(get(ANNA_ADMIN, "/api/v1/assessments/abc").header("Accept-Language", "it")));
        assertEquals("invalid-request", type(id));
        assertEquals(List.of(Map.of("field", "id", "message", "ha un formato errato")), body(id).get("violations"));
        var en = assertProblem(400, () -> call(get(ANNA_ADMIN, "/api/v1/assessments/abc")));
        assertEquals("id: has the wrong format", body(en).get("detail"));
        var json = assertProblem(
                400,
                () -> call(as(
                        ANNA_ADMIN,
                        HttpRequest.POST("/api/v1/assessments", "{\"title\": ")
                                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON)
                                .header("Accept-Language", "it"))));
        assertEquals(
                "Il corpo della richiesta non è un JSON valido.", body(json).get("detail"));
    }
}
