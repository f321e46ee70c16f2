/**
 * API clients: machines of a tenant calling the API with their own Keycloak confidential client (client credentials),
 * whose tokens carry the tenant's organization and one role of the tenant's kind; table {@code api_client}, Keycloak
 * through {@code platform.keycloak.KeycloakClients}, and the filter that records last use and refuses the tokens of
 * deleted clients at once.
 * Public face: the API ({@code /api/v1/api-clients}); nothing for other features.
 */
package io.socialmaturity.apiclients;
