package io.socialmaturity.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;

/** Published frameworks, localised by {@code ?lang=} or Accept-Language (English, Italian). */
@Controller("/api/v1/frameworks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "frameworks")
class FrameworkController {

    private final FrameworkCatalog catalog;

    FrameworkController(FrameworkCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    @Operation(summary = "Published framework versions, newest last per framework")
    List<FrameworkSummary> list(CurrentUser user, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        List<PublishedFramework> all = catalog.all();
        return all.stream()
                .map(f -> new FrameworkSummary(
                        f.key(),
                        f.version(),
                        f.definition().title().get(language, "en"),
                        f.definition().description().get(language, "en"),
                        all.stream()
                                .filter(o -> o.key().equals(f.key()))
                                .max(Comparator.comparingInt(PublishedFramework::version))
                                .map(o -> o.version() == f.version())
                                .orElse(false)))
                .toList();
    }

    @Get("/{key}/versions/{version}")
    @Operation(
            summary =
                    "One framework version: levels, dimensions, questions, options and recommendations in one language")
    FrameworkViews.FrameworkView get(
            CurrentUser user, String key, int version, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        String language = Language.resolve(lang, request);
        FrameworkDefinition d = catalog.find(key, version)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.framework", key, version))
                .definition();
        return FrameworkViews.of(d, language);
    }

    @Serdeable
    record FrameworkSummary(String key, int version, String title, String description, boolean latest) {}
}
