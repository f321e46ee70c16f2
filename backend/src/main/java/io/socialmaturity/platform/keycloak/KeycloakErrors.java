package io.socialmaturity.platform.keycloak;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.DomainException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.Messages;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.errors.UnavailableException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where Keycloak's HTTP answers become domain exceptions, around every call of the Admin API clients
 * ({@link KeycloakCall}). Reads: "no such thing" (404, or 400 for a malformed id) is an empty answer, anything else
 * that fails means Keycloak is unavailable. Changes: 409 conflict {@code identity-conflict}, 400
 * {@code identity-rejected}, 404 not found, otherwise unavailable. The callers then say what it means for the
 * product (e.g. a conflict creating a user is {@code email-taken}); none of them chooses an HTTP status.
 */
@Singleton
@InterceptorBean(KeycloakCall.class)
class KeycloakErrors implements MethodInterceptor<Object, Object> {

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Class<?> returns = context.getReturnType().getType();
        boolean read = context.hasAnnotation(Get.class);
        try {
            Object result = context.proceed();
            if (result == null && List.class.isAssignableFrom(returns)) {
                return List.of();
            }
            return result;
        } catch (HttpClientResponseException e) {
            int code = e.getStatus().getCode();
            if (context.isTrue(KeycloakCall.class, "emptyWhenRefused") && code <= 500) {
                return Optional.empty();
            }
            if (read) {
                if (code == 404 || code == 400) {
                    return empty(returns);
                }
                throw UnavailableException.identityProvider();
            }
            if (code == 404 && context.isTrue(KeycloakCall.class, "ignoreMissing")) {
                return null;
            }
            if (code >= 500 && context.isTrue(KeycloakCall.class, "mail")) {
                throw new UnavailableException("mail-unavailable", "problem.mail-unavailable");
            }
            throw mapped(e, context.stringValue(KeycloakCall.class).orElse("problem.thing.resource"));
        } catch (HttpClientException e) {
            throw UnavailableException.identityProvider();
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof HttpClientException || t instanceof DomainException) {
                    throw t instanceof DomainException d ? d : UnavailableException.identityProvider();
                }
            }
            throw e;
        }
    }

    private static Object empty(Class<?> returns) {
        if (returns == Optional.class) {
            return Optional.empty();
        }
        if (List.class.isAssignableFrom(returns)) {
            return List.of();
        }
        if (returns == long.class || returns == Long.class) {
            return 0L;
        }
        return null;
    }

    private static DomainException mapped(HttpClientResponseException e, String what) {
        int code = e.getStatus().getCode();
        Messages.Ref thing = new Messages.Ref(what);
        if (code == 409) {
            return new ConflictException(
                    "identity-conflict", "problem.identity-conflict", thing, reason(e, "conflict"));
        }
        if (code == 400) {
            return InvalidException.rejected(
                    "identity-rejected", "problem.identity-rejected", thing, reason(e, "invalid"));
        }
        if (code == 404) {
            return NotFoundException.of("problem.not-found.thing", thing);
        }
        return UnavailableException.identityProvider();
    }

    /** Keycloak's own words for the refusal (its errorMessage), as it gives them. */
    @SuppressWarnings("rawtypes")
    private static String reason(HttpClientResponseException e, String fallback) {
        try {
            return e.getResponse()
                    .getBody(Map.class)
                    .map(b -> String.valueOf(b.getOrDefault("errorMessage", b.getOrDefault("error", fallback))))
                    .orElse(fallback);
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }
}
