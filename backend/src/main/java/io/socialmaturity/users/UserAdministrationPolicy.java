package io.socialmaturity.users;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.TenantKind;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of user administration, whatever the caller sends, as plain functions of what is known (no Keycloak, no
 * Micronaut; {@code UserAdministrationPolicyTest} runs them in milliseconds):
 * <ul>
 *   <li>roles: a tenant has its kind's roles (company: tenant-admin, respondent; consultancy: tenant-admin,
 *       consultant); only a platform admin gives {@code platform-admin} (403 {@code forbidden-role});</li>
 *   <li>the password goes with onboarding PASSWORD (12–128 characters) and nothing else;</li>
 *   <li>nobody disables or removes themselves ({@code self-disable}, {@code self-remove});</li>
 *   <li>the last enabled admin of a tenant stays one ({@code last-admin}); candidates come from the tenant-scoped
 *       {@code admin_of} attribute and count only when verified ({@link #verifiedAdmin});</li>
 *   <li>an account that also belongs to another tenant is only removed from this one, never changed
 *       ({@code shared-account}), and one that signs in through a company's identity provider not even that.</li>
 * </ul>
 */
public final class UserAdministrationPolicy {

    private UserAdministrationPolicy() {}

    /** The roles an admin may give in a tenant of this kind: its kind's roles, plus platform-admin for platform admins. */
    public static Set<String> manageable(Set<String> actorRoles, TenantKind kind) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.TENANT_ADMIN);
        roles.add(kind == TenantKind.CONSULTANCY ? Roles.CONSULTANT : Roles.RESPONDENT);
        if (actorRoles.contains(Roles.PLATFORM_ADMIN)) {
            roles.add(Roles.PLATFORM_ADMIN);
        }
        return roles;
    }

    /**
     * The requested roles that exist in the tenant; an unknown one is a field error on {@code roles}. platform-admin
     * passes here and is refused by {@link #checkPlatformAdminGrant} with 403, not as a malformed value.
     */
    public static Set<String> roles(
            List<FieldError> errors, Set<String> actorRoles, TenantKind kind, @Nullable List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            errors.add(FieldError.of("roles", "violation.roles-empty"));
            return Set.of();
        }
        Set<String> allowed = new LinkedHashSet<>(manageable(actorRoles, kind));
        allowed.add(Roles.PLATFORM_ADMIN);
        Set<String> result = new TreeSet<>();
        for (String role : requested) {
            if (role == null || !allowed.contains(role)) {
                errors.add(FieldError.of(
                        "roles",
                        kind == TenantKind.CONSULTANCY
                                ? "violation.unknown-role.consultancy"
                                : "violation.unknown-role.company",
                        role,
                        String.join(", ", manageable(actorRoles, kind))));
            } else {
                result.add(role);
            }
        }
        return result;
    }

    public static void checkPlatformAdminGrant(Set<String> actorRoles, Set<String> requested) {
        if (requested.contains(Roles.PLATFORM_ADMIN) && !actorRoles.contains(Roles.PLATFORM_ADMIN)) {
            throw ForbiddenException.field(
                    "forbidden-role", "problem.forbidden-role", "roles", "violation.platform-admin-only");
        }
    }

    /** The initial password goes with onboarding PASSWORD, 12–128 characters; none with an invitation. */
    public static void password(
            List<FieldError> errors, @Nullable UserCommands.Onboarding onboarding, @Nullable String password) {
        if (onboarding == UserCommands.Onboarding.PASSWORD) {
            if (password == null || password.length() < 12) {
                errors.add(FieldError.of("initialPassword", "violation.min-characters", 12));
            } else if (password.length() > 128) {
                errors.add(FieldError.of("initialPassword", "violation.max-characters", 128));
            }
        } else if (onboarding != null && password != null) {
            errors.add(FieldError.of("initialPassword", "violation.password-only-for-password"));
        }
    }

    public static void checkNotSelfDisable(String actorId, String userId, boolean disabling) {
        if (disabling && userId.equals(actorId)) {
            throw new ConflictException("self-disable", "problem.self-disable");
        }
    }

    public static void checkNotSelfRemove(String actorId, String userId) {
        if (userId.equals(actorId)) {
            throw new ConflictException("self-remove", "problem.self-remove");
        }
    }

    /** Account-wide changes are refused for an account in more than this tenant. */
    public static void checkNotSelfErase(String actorId, String userId) {
        if (actorId.equals(userId)) {
            throw new ConflictException("erase-self", "problem.erase-self");
        }
    }

    public static void checkOnlyThisTenant(int organizations) {
        if (organizations > 1) {
            throw new ConflictException("shared-account", "problem.shared-account.change");
        }
    }

    /** Removing a managed member deletes the account in Keycloak: not for one shared with another tenant. */
    public static void checkRemovable(boolean shared, boolean managed) {
        if (shared && managed) {
            throw new ConflictException("shared-account", "problem.shared-account.remove");
        }
    }

    /** Whether the change takes an enabled admin away: the admin role removed, or the admin disabled. */
    public static boolean losesAdmin(
            Set<String> currentRoles, boolean enabled, Set<String> rolesRemoved, boolean disabling) {
        return currentRoles.contains(Roles.TENANT_ADMIN)
                && enabled
                && (rolesRemoved.contains(Roles.TENANT_ADMIN) || disabling);
    }

    /** The tenant keeps an enabled admin other than {@code userId}. */
    public static void checkAnotherAdmin(Collection<String> enabledAdminsOfTenant, String userId) {
        if (enabledAdminsOfTenant.stream().noneMatch(id -> !id.equals(userId))) {
            throw new ConflictException("last-admin", "problem.last-admin");
        }
    }

    /**
     * Whether a candidate found by the tenant-scoped {@code admin_of} search counts as another admin: only as Keycloak
     * has it now, a member of the tenant, enabled, holding tenant-admin. The attribute only finds candidates; one that
     * drifted (role or membership gone) never counts, and an admin granted outside the product without it is not
     * found, which makes the last-admin check stricter, never looser.
     */
    public static boolean verifiedAdmin(boolean member, boolean enabled, Set<String> roles) {
        return member && enabled && roles.contains(Roles.TENANT_ADMIN);
    }

    /**
     * The tenant aliases a user is marked admin of ({@code admin_of}) once the change is made: this tenant's alias
     * present exactly when the user ends up holding tenant-admin, the other values kept, in order, without duplicates.
     */
    public static List<String> adminOf(@Nullable List<String> current, String alias, Set<String> rolesAfter) {
        Set<String> values = new LinkedHashSet<>(current == null ? List.of() : current);
        if (rolesAfter.contains(Roles.TENANT_ADMIN)) {
            values.add(alias);
        } else {
            values.remove(alias);
        }
        return List.copyOf(values);
    }

    /** The roles a user has after the change. */
    public static Set<String> rolesAfter(Set<String> current, RoleChange change) {
        Set<String> roles = new TreeSet<>(current);
        roles.addAll(change.added());
        roles.removeAll(change.removed());
        return roles;
    }

    /** The role mappings to add and remove: requested minus current; current minus requested that the actor manages. */
    public static RoleChange roleChange(Set<String> current, @Nullable Set<String> requested, Set<String> manageable) {
        Set<String> toAdd = new TreeSet<>();
        Set<String> toRemove = new TreeSet<>();
        if (requested != null) {
            toAdd.addAll(requested);
            toAdd.removeAll(current);
            for (String role : current) {
                if (!requested.contains(role) && manageable.contains(role)) {
                    toRemove.add(role);
                }
            }
        }
        return new RoleChange(Collections.unmodifiableSet(toAdd), Collections.unmodifiableSet(toRemove));
    }

    /** Role names to add and to remove, each in name order. */
    public record RoleChange(Set<String> added, Set<String> removed) {

        public boolean none() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
