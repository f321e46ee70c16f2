package io.socialmaturity.platform.tenancy;

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
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where the tenant of an API request is decided, right after the token is validated.
 * A token is accepted only with exactly one organization the product knows and that is active;
 * platform admins may carry none. Everything else is refused with 403 before any controller runs.
 */
@ServerFilter("/api/**")
public class TenantResolutionFilter implements Ordered {

    public static final String ATTRIBUTE = "maturity.currentUser";

    /** The personal links' API: its caller is decided by the link's token alone, never by a sign-in token. */
    public static final String PERSONAL_LINKS = "/api/v1/respond/";

    private final TenantService tenants;
    private final ErrorResponseProcessor<?> errors;

    TenantResolutionFilter(TenantService tenants, ErrorResponseProcessor<?> errors) {
        this.tenants = tenants;
        this.errors = errors;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> resolve(HttpRequest<?> request) {
        if (request.getPath().startsWith(PERSONAL_LINKS)) {
            return null; // no CurrentUser here: a sign-in token sent along is ignored, not resolved
        }
        Authentication auth = request.getUserPrincipal(Authentication.class).orElse(null);
        if (auth == null) {
            return null; // security has already answered 401 for /api/**; nothing to resolve
        }
        Set<String> roles = new LinkedHashSet<>(auth.getRoles());
        roles.retainAll(Roles.ALL); // Keycloak adds its own (default-roles-maturity, offline_access, ...)
        List<String> organizations = stringList(auth.getAttributes().get("organization"));
        Tenant tenant = null;
        if (organizations.size() == 1) {
            tenant = tenants.findByAlias(organizations.get(0)).orElse(null);
            if (tenant == null) {
                return refuse(request, "problem.forbidden.not-a-tenant");
            }
            if (!tenant.active()) {
                return refuse(request, "problem.forbidden.tenant-disabled");
            }
        } else if (organizations.size() > 1) {
            return refuse(request, "problem.forbidden.several-organizations");
        } else if (!roles.contains(Roles.PLATFORM_ADMIN)) {
            return refuse(request, "problem.forbidden.no-organization");
        }
        request.setAttribute(
                ATTRIBUTE,
                new CurrentUser(
                        auth.getName(),
                        string(auth.getAttributes().get("email")),
                        string(auth.getAttributes().get("name")),
                        Set.copyOf(roles),
                        string(auth.getAttributes().get("business_function")),
                        tenant));
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
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

    private static List<String> stringList(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String s && !s.isBlank()) {
            return List.of(s);
        }
        return List.of();
    }

    @Nullable
    private static String string(Object claim) {
        return claim == null ? null : String.valueOf(claim);
    }
}
