package io.socialmaturity.platform.keycloak;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.IdentityProvider;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Organization;
import java.util.List;
import java.util.Optional;

/** Keycloak's organizations (the tenants) and their members. */
@Client(id = ServiceAccountFilter.SERVICE, path = "/admin/realms/${maturity.keycloak.realm}/organizations")
@KeycloakCall("problem.thing.organization")
public interface KeycloakOrganizations {

    /** Organizations whose alias or name contains {@code search}. */
    @Get("{?search,briefRepresentation,first,max}")
    List<Organization> search(
            @Nullable @QueryValue String search,
            @QueryValue boolean briefRepresentation,
            @QueryValue int first,
            @QueryValue int max);

    @Post
    HttpResponse<Void> create(@Body Organization organization);

    @Put("/{id}")
    void update(String id, @Body Organization organization);

    @Delete("/{id}")
    @KeycloakCall(value = "problem.thing.resource", ignoreMissing = true)
    void delete(String id);

    /** The member with this user id; empty when the user is not a member (a cheap tenant check). */
    @Get("/{id}/members/{userId}")
    Optional<Member> member(String id, String userId);

    /** A page of members, by name or email when {@code search} is given; brief: ids, names, enabled only. */
    @Get("/{id}/members{?search,first,max,briefRepresentation}")
    List<Member> members(
            String id,
            @Nullable @QueryValue String search,
            @QueryValue int first,
            @QueryValue int max,
            @QueryValue boolean briefRepresentation);

    @Get("/{id}/members/count")
    long memberCount(String id);

    /** Adds a member: the body is the user id as a JSON string ({@link KeycloakRepresentations#jsonString}). */
    @Post(value = "/{id}/members", processes = MediaType.APPLICATION_JSON)
    @KeycloakCall("problem.thing.member")
    void addMember(String id, @Body String quotedUserId);

    /**
     * Removes a member. Keycloak DELETES the account of a MANAGED member (who came through the organization's
     * identity provider or an invitation): callers check {@link Member#managed()} first.
     */
    @Delete("/{id}/members/{userId}")
    @KeycloakCall(value = "problem.thing.resource", ignoreMissing = true)
    void removeMember(String id, String userId);

    /** The organizations the user is a member of. */
    @Get("/members/{userId}/organizations{?briefRepresentation}")
    List<Organization> organizationsOf(String userId, @QueryValue boolean briefRepresentation);

    @Post(value = "/{id}/identity-providers", processes = MediaType.APPLICATION_JSON)
    @KeycloakCall("problem.thing.identity-provider")
    void linkIdentityProvider(String id, @Body String quotedAlias);

    /** The identity providers linked to the organization (a company's own sign-in, {@code sso-<alias>}). */
    @Get("/{id}/identity-providers")
    List<IdentityProvider> identityProviders(String id);

    @Delete("/{id}/identity-providers/{alias}")
    @KeycloakCall(value = "problem.thing.resource", ignoreMissing = true)
    void unlinkIdentityProvider(String id, String alias);
}
