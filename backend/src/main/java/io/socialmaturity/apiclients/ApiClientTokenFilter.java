package io.socialmaturity.apiclients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import java.util.Collection;
import java.util.Optional;

/**
 * Runs on every API request after the tenant is resolved. A token of an API client ({@code azp} starting with
 * {@code api-}) passes only when the product knows the client, it is not deleted, it belongs to the tenant the token
 * names, and the token was issued after the secret's last rotation; then its last use is recorded. So a deleted
 * client's token stops working at once (within {@link ApiClientRegistry#CACHE_TTL} on other replicas), not only at
 * its expiry.
 */
@ServerFilter("/api/**")
class ApiClientTokenFilter implements Ordered {

    private final ApiClientRegistry registry;
    private final TenantService tenants;
    private final ErrorResponseProcessor<?> errors;

    ApiClientTokenFilter(ApiClientRegistry registry, TenantService tenants, ErrorResponseProcessor<?> errors) {
        this.registry = registry;
        this.tenants = tenants;
        this.errors = errors;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        Authentication auth = request.getUserPrincipal(Authentication.class).orElse(null);
        if (auth == null) {
            return null;
        }
        Object azp = auth.getAttributes().get("azp");
        String clientId = azp == null ? null : String.valueOf(azp);
        if (!ApiClientPolicy.isApiClient(clientId)) {
            return null;
        }
        Optional<ApiClientRegistry.Known> known = registry.find(clientId);
        if (known.isEmpty() || known.get().deleted()) {
            return refuse(request, "problem.forbidden.api-client-deleted");
        }
        Optional<Tenant> tenant =
                organization(auth.getAttributes().get("organization")).flatMap(tenants::findByAlias);
        if (tenant.isEmpty() || tenant.get().id() != known.get().tenantId()) {
            return refuse(request, "problem.forbidden.api-client-tenant");
        }
        Object iat = auth.getAttributes().get("iat");
        long issuedAt =
                iat instanceof Number n ? n.longValue() : iat instanceof java.util.Date d ? d.getTime() / 1000 : 0;
        if (ApiClientPolicy.issuedBeforeRotation(issuedAt, known.get().secretRotatedAt())) {
            return refuse(request, "problem.forbidden.api-client-rotated");
        }
        registry.used(clientId, known.get().tenantId());
        return null;
    }

    private static Optional<String> organization(Object claim) {
        if (claim instanceof Collection<?> c && c.size() == 1) {
            return Optional.of(String.valueOf(c.iterator().next()));
        }
        if (claim instanceof String s && !s.isBlank()) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, String key) {
        ForbiddenException refusal = ForbiddenException.of(key);
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(refusal)
                        .errorMessage(refusal.getMessage())
                        .build(),
                HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
