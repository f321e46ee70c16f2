package io.socialmaturity.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.assessment.AssessmentStatus;
import io.socialmaturity.benchmark.BenchmarkViews.AssessmentBenchmark;
import io.socialmaturity.benchmark.BenchmarkViews.History;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "benchmarks")
class BenchmarkController {

    private final BenchmarkService service;
    private final AssessmentQueries assessments;

    BenchmarkController(BenchmarkService service, AssessmentQueries assessments) {
        this.service = service;
        this.assessments = assessments;
    }

    @Get("/history")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary =
                    "The caller's company's closed assessments over time, oldest first, with the change per dimension")
    History history(CurrentUser user) {
        return service.history(user.tenantId(), null);
    }

    @Get("/benchmarks")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary =
                    "Median and quartiles per dimension of a framework version's closed assessments, for the "
                            + "population or a segment (industry:x, size_band:x, country:XX); no figure from fewer than 5 companies")
    SegmentStats statistics(
            CurrentUser user,
            @Nullable @QueryValue String framework,
            @Nullable @QueryValue Integer version,
            @Nullable @QueryValue String segment) {
        user.requireTenant();
        String key = framework == null || framework.isBlank() ? "socially-enabled" : framework;
        if (version == null) {
            throw InvalidException.field("version", "violation.framework-version-required");
        }
        Segment parsed = Segment.parse(segment);
        if (parsed == null) {
            throw InvalidException.field("segment", "violation.segment");
        }
        long id = service.frameworkVersionId(key, version)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.framework-version", key, version));
        return service.statistics(id, parsed);
    }

    @Get("/assessments/{id}/benchmark")
    @Operation(
            summary =
                    "A closed assessment placed against the population and the company's industry, size band and "
                            + "country: quartiles per dimension and the company's position, 'not enough data' below 5 companies")
    AssessmentBenchmark benchmark(CurrentUser user, long id) {
        // the same access as the results: tenant admins, and respondents once it is closed; others get 404
        var results = assessments.results(user, id);
        if (results.status() != AssessmentStatus.CLOSED) {
            throw new ConflictException("assessment-not-closed", "problem.assessment-not-closed.benchmark")
                    .withExtra(Map.of("status", results.status()));
        }
        return service.placement(user.tenantId(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.assessment", id));
    }
}
