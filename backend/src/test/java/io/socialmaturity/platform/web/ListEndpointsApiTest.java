package io.socialmaturity.platform.web;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every list endpoint answers 200 without its optional query parameters and with them empty, the way the SPA
 * sends them before anyone types a search term ({@code ?search=&page=0&size=20}). Issue 23, item 1: the tenants
 * list answered 500 because the repository's {@code search} parameter was not nullable.
 */
@MicronautTest(transactional = false)
class ListEndpointsApiTest extends ApiTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "root@platform.example|/api/v1/platform/tenants",
                "root@platform.example|/api/v1/platform/tenants?search=&page=0&size=20",
                "root@platform.example|/api/v1/platform/tenants?search=",
                "root@platform.example|/api/v1/platform/tenants?search=%20%20&page=&size=",
                "anna.admin@acme.example|/api/v1/users",
                "anna.admin@acme.example|/api/v1/users?search=&page=0&size=20",
                "anna.admin@acme.example|/api/v1/assessments",
                "anna.admin@acme.example|/api/v1/assessments?page=&size=",
                "marco.marketing@acme.example|/api/v1/assessments",
                "anna.admin@acme.example|/api/v1/audit",
                "anna.admin@acme.example|/api/v1/audit?page=&size=",
                "anna.admin@acme.example|/api/v1/audit?person=&action=&entityType=&from=&to=&page=0&size=25",
                "anna.admin@acme.example|/api/v1/audit/facets",
                "root@platform.example|/api/v1/platform/audit",
                "root@platform.example|/api/v1/platform/audit?tenant=&page=0&size=25",
                "anna.admin@acme.example|/api/v1/frameworks",
                "anna.admin@acme.example|/api/v1/frameworks?lang=",
                "anna.admin@acme.example|/api/v1/consultancies",
                "anna.admin@acme.example|/api/v1/engagements",
                "carla.consultant@bright.example|/api/v1/engagements",
                "carla.consultant@bright.example|/api/v1/portfolio",
                "carla.consultant@bright.example|/api/v1/portfolio?sort=&order=",
                "anna.admin@acme.example|/api/v1/history",
                "anna.admin@acme.example|/api/v1/benchmarks?framework=socially-enabled&version=1",
                "anna.admin@acme.example|/api/v1/benchmarks?framework=socially-enabled&version=1&segment=",
            })
    void answers200WithoutOptionalParameters(String user, String uri) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(get(user, uri), String.class);
            assertEquals(200, response.getStatus().getCode(), uri);
        } catch (HttpClientResponseException e) {
            fail(uri + " answered " + e.getStatus().getCode() + ": "
                    + e.getResponse().getBody(String.class).orElse(""));
        }
    }

    /** The benchmarks' version is required: without it a 400 problem names the field, never a 500. */
    @org.junit.jupiter.api.Test
    void aMissingRequiredParameterIsAProblemNamingIt() {
        HttpClientResponseException e = assertProblem(
                400,
                () -> http.toBlocking()
                        .exchange(get(ANNA_ADMIN, "/api/v1/benchmarks?framework=&version=&segment="), String.class));
        assertTrue(String.valueOf(body(e).get("violations")).contains("version"), () -> String.valueOf(body(e)));
    }
}
