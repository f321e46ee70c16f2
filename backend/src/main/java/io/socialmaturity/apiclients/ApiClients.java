package io.socialmaturity.apiclients;

import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.apiclients.ApiClientViews.ApiClient;
import io.socialmaturity.apiclients.ApiClientViews.ApiClientWithSecret;
import io.socialmaturity.apiclients.ApiClientViews.NewApiClient;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.keycloak.KeycloakProperties;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.tenant.Tenant;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Create, list, rotate and delete a tenant's API clients. Keycloak is changed outside the database transaction and the
 * row and its audit entry are written in one afterwards; a create whose row cannot be written deletes its Keycloak
 * client again. Deleting marks the row (the token filter refuses the client's tokens at once) and deletes the
 * Keycloak client (no new tokens).
 */
@Singleton
class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository repository;
    private final ApiClientKeycloak keycloak;
    private final ApiClientRegistry registry;
    private final AuditService audit;
    private final KeycloakProperties properties;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ApiClients(
            ApiClientRepository repository,
            ApiClientKeycloak keycloak,
            ApiClientRegistry registry,
            AuditService audit,
            KeycloakProperties properties,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.repository = repository;
        this.keycloak = keycloak;
        this.registry = registry;
        this.audit = audit;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    List<ApiClient> list(CurrentUser admin) {
        return repository.live(admin.tenantId()).stream()
                .map(ApiClientViews::view)
                .toList();
    }

    ApiClientWithSecret create(CurrentUser admin, NewApiClient command) {
        Tenant tenant = admin.requireTenant();
        List<FieldError> errors = new ArrayList<>();
        ApiClientPolicy.name(errors, command.name());
        ApiClientPolicy.role(errors, tenant.kind(), command.role());
        if (!errors.isEmpty()) {
            throw InvalidException.fields(errors);
        }
        if (repository.countLive(tenant.id()) >= ApiClientPolicy.MAX_PER_TENANT) {
            throw new ConflictException(
                    "too-many-api-clients", "problem.too-many-api-clients", ApiClientPolicy.MAX_PER_TENANT);
        }
        String name = command.name().strip();
        String clientId =
                ApiClientPolicy.clientId(tenant.alias(), HexFormat.of().formatHex(randomBytes(6)));
        Instant at = Instant.now(clock);
        ApiClientKeycloak.Created created = keycloak.create(clientId, name, tenant.alias(), command.role());
        try {
            ApiClientRecord saved = transactions.executeWrite(status -> {
                ApiClientRecord r = repository.save(new ApiClientRecord(
                        null,
                        tenant.id(),
                        clientId,
                        created.keycloakId(),
                        name,
                        command.role(),
                        at,
                        admin.id(),
                        at,
                        null,
                        null));
                audit.record(
                        tenant.id(),
                        admin,
                        "api-client.created",
                        "api-client",
                        String.valueOf(r.id()),
                        Map.of("clientId", clientId, "name", name, "role", command.role()));
                return r;
            });
            return withSecret(saved, created.secret());
        } catch (RuntimeException e) {
            keycloak.delete(created.keycloakId());
            throw e;
        }
    }

    /** A new secret; tokens obtained with the old one are refused from now on (issued before the rotation). */
    ApiClientWithSecret rotate(CurrentUser admin, long id) {
        ApiClientRecord r = live(admin, id);
        Instant at = Instant.now(clock); // before Keycloak changes it: every token of the new secret is issued later
        String secret = keycloak.rotate(r.keycloakId());
        ApiClientRecord saved = transactions.executeWrite(status -> {
            repository.markRotated(r.tenantId(), r.id(), at);
            audit.record(
                    r.tenantId(), admin, "api-client.secret-rotated", "api-client", String.valueOf(r.id()), Map.of());
            return repository.findLive(r.tenantId(), r.id()).orElseThrow();
        });
        registry.forget(r.clientId());
        return withSecret(saved, secret);
    }

    void delete(CurrentUser admin, long id) {
        ApiClientRecord r = live(admin, id);
        transactions.executeWrite(status -> {
            repository.markDeleted(r.tenantId(), r.id(), Instant.now(clock));
            audit.record(
                    r.tenantId(),
                    admin,
                    "api-client.deleted",
                    "api-client",
                    String.valueOf(r.id()),
                    Map.of("clientId", r.clientId()));
            return null;
        });
        registry.forget(r.clientId());
        keycloak.delete(r.keycloakId());
    }

    private ApiClientRecord live(CurrentUser admin, long id) {
        return repository
                .findLive(admin.tenantId(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.api-client", id));
    }

    private ApiClientWithSecret withSecret(ApiClientRecord r, String secret) {
        return new ApiClientWithSecret(
                ApiClientViews.view(r), secret, properties.publicRealmUrl() + "/protocol/openid-connect/token");
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
