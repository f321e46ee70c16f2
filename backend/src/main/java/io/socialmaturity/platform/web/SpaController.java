package io.socialmaturity.platform.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.Optional;

/**
 * Serves the React app's {@code index.html} for client-side routes such as {@code /assessments/42}:
 * a browser GET for HTML that matches no file and no endpoint. API calls and everything else keep their
 * problem+json 404.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaController {

    private final ResourceResolver resources;
    private final ErrorResponseProcessor<?> errors;

    SpaController(ResourceResolver resources, ErrorResponseProcessor<?> errors) {
        this.resources = resources;
        this.errors = errors;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (isApi(request) && request.getUserPrincipal().isEmpty()) {
            // an anonymous caller learns nothing about which API paths exist
            return errors.processResponse(ErrorContext.builder(request).build(), HttpResponse.unauthorized());
        }
        if (isClientRoute(request)) {
            Optional<URL> index = resources.getResource("classpath:public/index.html");
            if (index.isPresent()) {
                return HttpResponse.ok(new StreamedFile(index.get()))
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Cache-Control", "no-cache");
            }
        }
        return errors.processResponse(
                ErrorContext.builder(request).errorMessage("No such resource.").build(), HttpResponse.notFound());
    }

    private static boolean isApi(HttpRequest<?> request) {
        return request.getPath().equals("/api") || request.getPath().startsWith("/api/");
    }

    static boolean isClientRoute(HttpRequest<?> request) {
        String path = request.getPath();
        if (!"GET".equals(request.getMethodName())) {
            return false;
        }
        if (path.startsWith("/api/")
                || path.equals("/api")
                || path.startsWith("/health")
                || path.startsWith("/prometheus")
                || path.startsWith("/swagger")
                || path.startsWith("/assets/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return false; // a missing file such as /favicon.png stays a 404
        }
        return request.getHeaders().accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE))
                || request.getHeaders().accept().isEmpty();
    }
}
