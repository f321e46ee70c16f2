package io.socialmaturity.consulting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.socialmaturity.consulting.ConsultingViews.ClientTrend;
import io.socialmaturity.consulting.ConsultingViews.Comparison;
import io.socialmaturity.consulting.ConsultingViews.Consultancy;
import io.socialmaturity.consulting.ConsultingViews.Engagement;
import io.socialmaturity.consulting.ConsultingViews.GrantAccess;
import io.socialmaturity.consulting.ConsultingViews.Portfolio;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "consulting")
class ConsultingController {

    private final ConsultingService service;

    ConsultingController(ConsultingService service) {
        this.service = service;
    }

    // company side (tenant admins of a company)

    @Get("/consultancies")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Active consultancies a company can grant access to")
    List<Consultancy> consultancies(CurrentUser user) {
        return service.consultancies(user);
    }

    @Get("/engagements")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(summary = "A company's grants (every status), or a consultancy's pending and active engagements")
    List<Engagement> engagements(CurrentUser user) {
        return user.requireTenant().kind() == io.socialmaturity.tenant.TenantKind.COMPANY
                ? service.companyEngagements(user)
                : service.consultancyEngagements(user);
    }

    @Post("/engagements")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Grant a consultancy access to the company's closed results (all, or the listed assessments); "
                    + "it is pending until the consultancy accepts")
    Engagement grant(CurrentUser user, @Valid @Body GrantAccess command) {
        return service.grant(user, command);
    }

    @Delete("/engagements/{id}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Revoke a grant; the consultancy sees nothing of the company from the next request on")
    Engagement revoke(CurrentUser user, long id) {
        return service.revoke(user, id);
    }

    // consultancy side (consultants and tenant admins of a consultancy)

    @Post("/engagements/{id}/accept")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(summary = "Accept a pending engagement (consultancy)")
    Engagement accept(CurrentUser user, long id) {
        return service.accept(user, id);
    }

    @Post("/engagements/{id}/decline")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(summary = "Decline a pending engagement (consultancy)")
    Engagement decline(CurrentUser user, long id) {
        return service.decline(user, id);
    }

    @Get("/portfolio")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Clients with an active engagement and their latest visible closed result; "
                    + "sort by name, overall, closedAt or a dimension key, order asc or desc")
    Portfolio portfolio(CurrentUser user, @Nullable @QueryValue String sort, @Nullable @QueryValue String order) {
        return service.portfolio(user, sort, order);
    }

    @Get("/portfolio/compare")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Up to 10 clients side by side (clients=1,2,...), deltas to the first client and to the "
                    + "benchmark median of the population or a segment")
    Comparison compare(CurrentUser user, @QueryValue List<Long> clients, @Nullable @QueryValue String segment) {
        return service.compare(user, clients, segment);
    }

    @Get("/portfolio/clients/{clientId}/trend{?lang}")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "A client's visible closed results over time with the change per dimension, and per result the "
                    + "client's actions done since the previous one")
    ClientTrend trend(CurrentUser user, long clientId, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return service.trend(user, clientId, Language.resolve(lang, request));
    }
}
