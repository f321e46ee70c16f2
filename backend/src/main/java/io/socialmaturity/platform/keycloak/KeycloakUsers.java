package io.socialmaturity.platform.keycloak;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Role;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keycloak's users and their realm roles (Admin API, with the service account's token: {@link ServiceAccountFilter}). */
@Client(id = ServiceAccountFilter.SERVICE, path = "/admin/realms/${maturity.keycloak.realm}")
@KeycloakCall("problem.thing.user")
public interface KeycloakUsers {

    @Get("/users/{id}")
    Optional<UserRep> user(String id);

    /** The users with exactly this email (Keycloak compares emails case-insensitively); brief: no attributes. */
    @Get("/users{?email,exact,briefRepresentation,max}")
    List<UserRep> byEmail(
            @QueryValue String email,
            @QueryValue boolean exact,
            @QueryValue boolean briefRepresentation,
            @QueryValue int max);

    /**
     * A page of users matching {@code q}, Keycloak's attribute query ({@code name:value}, exact with {@code exact}),
     * and the enabled flag; not brief, so the attributes come along.
     */
    @Get("/users{?q,enabled,exact,briefRepresentation,first,max}")
    List<UserRep> searchByAttribute(
            @QueryValue String q,
            @QueryValue boolean enabled,
            @QueryValue boolean exact,
            @QueryValue boolean briefRepresentation,
            @QueryValue int first,
            @QueryValue int max);

    /** Creates a user; the id is in the Location ({@link KeycloakRepresentations#createdId}); 409 when the email exists. */
    @Post("/users")
    HttpResponse<Void> create(@Body UserRep user);

    /** Replaces the user's representation (read it first: omitted attributes are dropped). */
    @Put("/users/{id}")
    void update(String id, @Body UserRep user);

    @Delete("/users/{id}")
    @KeycloakCall(value = "problem.thing.resource", ignoreMissing = true)
    void delete(String id);

    @Put("/users/{id}/reset-password")
    @KeycloakCall("problem.thing.password")
    void resetPassword(String id, @Body Map<String, Object> credential);

    /**
     * Emails the user a link for these required actions (set a password, verify the email). Keycloak needs SMTP:
     * when the mail cannot be sent this is {@code mail-unavailable}.
     */
    @Put("/users/{id}/execute-actions-email{?client_id,lifespan,redirect_uri}")
    @KeycloakCall(value = "problem.thing.user", mail = true)
    void executeActionsEmail(
            String id,
            @QueryValue("client_id") String clientId,
            @QueryValue int lifespan,
            @Nullable @QueryValue("redirect_uri") String redirectUri,
            @Body List<String> actions);

    @Post("/users/{id}/role-mappings/realm")
    @KeycloakCall("problem.thing.role")
    void addRealmRoles(String id, @Body List<Role> roles);

    @Delete("/users/{id}/role-mappings/realm")
    @KeycloakCall("problem.thing.role")
    void removeRealmRoles(String id, @Body List<Role> roles);

    /** The user's realm roles (direct mappings). */
    @Get("/users/{id}/role-mappings/realm")
    List<Role> realmRoles(String id);

    @Get("/roles/{name}")
    Optional<Role> role(String name);

    /** A page of the users holding a realm role directly (ids and enabled flags). */
    @Get("/roles/{name}/users{?first,max,briefRepresentation}")
    List<UserRep> roleHolders(
            String name, @QueryValue int first, @QueryValue int max, @QueryValue boolean briefRepresentation);
}
