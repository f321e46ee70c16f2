package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.vocabulary.BusinessFunctionName;
import io.socialmaturity.vocabulary.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What tenant admins send to manage users: records with constraints. The rules that need the tenant or the caller
 * (which roles exist in this tenant, who may give platform-admin, the password that goes with the onboarding) are
 * {@link UserAdministrationPolicy}'s; {@link UserAdministration} reports both in one problem.
 */
public final class UserCommands {

    /** A value that may be left out but, when given, is not blank. */
    static final String NOT_BLANK_WHEN_GIVEN = "(?s).*\\S.*";

    private UserCommands() {}

    @Serdeable
    public enum Onboarding {
        INVITE,
        PASSWORD
    }

    /** A new user (also a tenant's first admin, created by a platform admin). */
    @Serdeable
    public record NewUser(
            @NotBlank @EmailAddress String email,

            @NotBlank @Size(max = 100, message = "{violation.max-length}")
            String firstName,

            @NotBlank @Size(max = 100, message = "{violation.max-length}")
            String lastName,

            @NotBlank @BusinessFunctionName String businessFunction,
            @NotEmpty(message = "{violation.roles-empty}") List<String> roles,
            @NotNull(message = "{violation.onboarding}") Onboarding onboarding,
            @Nullable String initialPassword,
            @Nullable Boolean temporaryPassword) {}

    /** Changes to a user; what is left out stays. */
    @Serdeable
    public record UserChanges(
            @Nullable
            @Pattern(regexp = NOT_BLANK_WHEN_GIVEN, message = "{jakarta.validation.constraints.NotBlank.message}")
            @Size(max = 100, message = "{violation.max-length}")
            String firstName,

            @Nullable
            @Pattern(regexp = NOT_BLANK_WHEN_GIVEN, message = "{jakarta.validation.constraints.NotBlank.message}")
            @Size(max = 100, message = "{violation.max-length}")
            String lastName,

            @Nullable @BusinessFunctionName String businessFunction,
            @Nullable List<String> roles,
            @Nullable Boolean enabled) {}
}
