package io.socialmaturity.apiclients;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.apiclients.ApiClientViews.ApiClient;
import io.socialmaturity.apiclients.ApiClientViews.ApiClientWithSecret;
import io.socialmaturity.apiclients.ApiClientViews.NewApiClient;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The tenant's API clients, managed by its tenant admins; a client of another tenant is 404. */
@Controller("/api/v1/api-clients")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "api-clients")
class ApiClientController {

    private final ApiClients clients;

    ApiClientController(ApiClients clients) {
        this.clients = clients;
    }

    @Get
    @Operation(
            summary = "The tenant's API clients",
            description = "Each with its client_id, role, when its secret was last set and when the backend last saw"
                    + " one of its tokens. Secrets are never listed.")
    List<ApiClient> list(CurrentUser admin) {
        return clients.list(admin);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Create an API client",
            description = "A Keycloak confidential client with the client-credentials grant whose tokens carry this"
                    + " tenant and the chosen role (one of the tenant kind's roles, else 400 on role). The answer holds"
                    + " the secret, shown only this once, and the token endpoint.")
    ApiClientWithSecret create(CurrentUser admin, @Body NewApiClient body) {
        return clients.create(admin, body);
    }

    @Post("/{id}/secret")
    @Operation(
            summary = "Rotate an API client's secret",
            description = "Keycloak generates a new secret (answered only this once); the old one stops working and"
                    + " tokens obtained with it are refused from now on.")
    ApiClientWithSecret rotate(CurrentUser admin, @PathVariable long id) {
        return clients.rotate(admin, id);
    }

    @Delete("/{id}")
    @Operation(
            summary = "Delete an API client",
            description = "Keycloak issues no more tokens to it, and the API refuses the tokens it already has at once"
                    + " (they would otherwise expire within 5 minutes).")
    HttpResponse<Void> delete(CurrentUser admin, @PathVariable long id) {
        clients.delete(admin, id);
        return HttpResponse.noContent();
    }
}
