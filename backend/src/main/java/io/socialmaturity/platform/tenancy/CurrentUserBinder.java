package io.socialmaturity.platform.tenancy;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.exceptions.HttpStatusException;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Lets controllers declare a {@link CurrentUser} parameter. Fails closed: without the attribute set by
 * {@link TenantResolutionFilter} the request is refused, so a controller outside {@code /api/**} that asks
 * for the caller can never run without one.
 */
@Singleton
class CurrentUserBinder implements TypedRequestArgumentBinder<CurrentUser> {

    @Override
    public BindingResult<CurrentUser> bind(ArgumentConversionContext<CurrentUser> context, HttpRequest<?> source) {
        Optional<CurrentUser> user = source.getAttribute(TenantResolutionFilter.ATTRIBUTE, CurrentUser.class);
        if (user.isEmpty()) {
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "No authenticated tenant user on this request.");
        }
        return () -> user;
    }

    @Override
    public Argument<CurrentUser> argumentType() {
        return Argument.of(CurrentUser.class);
    }
}
