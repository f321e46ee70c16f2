package io.socialmaturity.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * Base of the HTTP tests: the real database ({@link TestDatabase}) and real Keycloak tokens ({@link Keycloak}).
 * Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    protected static <T> MutableHttpRequest<T> as(String user, MutableHttpRequest<T> request) {
        return request.bearerAuth(Keycloak.token(user));
    }

    protected static MutableHttpRequest<?> get(String user, String uri) {
        return as(user, HttpRequest.GET(uri));
    }

    protected static <T> MutableHttpRequest<T> post(String user, String uri, T body) {
        return as(user, HttpRequest.POST(uri, body));
    }

    protected static <T> MutableHttpRequest<T> put(String user, String uri, T body) {
        return as(user, HttpRequest.PUT(uri, body));
    }

    protected static MutableHttpRequest<?> delete(String user, String uri) {
        return as(user, HttpRequest.DELETE(uri));
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> call(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Map.class);
    }

    /** The problem's body as a map. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> body(HttpClientResponseException e) {
        return e.getResponse().getBody(Map.class).orElseThrow();
    }

    /** The problem's type without its URI prefix, e.g. {@code last-admin}. */
    protected static String type(HttpClientResponseException e) {
        String t = String.valueOf(body(e).get("type"));
        return t.substring(t.lastIndexOf('/') + 1);
    }

    /** Asserts that the call fails with this status and a problem+json body; returns the exception. */
    protected static HttpClientResponseException assertProblem(int status, Executable call) {
        HttpClientResponseException e = Assertions.assertThrows(HttpClientResponseException.class, call);
        Assertions.assertEquals(
                status,
                e.getStatus().getCode(),
                () -> "body: " + e.getResponse().getBody(String.class).orElse(""));
        Assertions.assertEquals(
                "application/problem+json",
                e.getResponse().getContentType().map(Object::toString).orElse(""),
                "content type");
        return e;
    }
}
