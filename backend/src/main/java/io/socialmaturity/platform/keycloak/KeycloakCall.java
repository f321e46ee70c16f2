package io.socialmaturity.platform.keycloak;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a Keycloak Admin API call's failures become domain exceptions ({@link KeycloakErrors}): unreachable or a 5xx
 * is {@code identity-provider-unavailable}; a 409 a conflict, a 400 {@code identity-rejected}, a 404 not found (or an
 * empty {@code Optional}, or nothing for a deletion when {@link #ignoreMissing}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface KeycloakCall {

    /** What is changed, as the problem's detail names it: a {@code problem.thing.} key. */
    String value() default "problem.thing.resource";

    /** A 404 means it is gone already: nothing to do (deletions). */
    boolean ignoreMissing() default false;

    /** Keycloak answering 5xx means the mail could not be sent ({@code mail-unavailable}), not that it is down. */
    boolean mail() default false;

    /** Any 4xx or a 500 means Keycloak could not use what was given: an empty {@code Optional}. */
    boolean emptyWhenRefused() default false;
}
