package io.socialmaturity.users;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.platform.keycloak.KeycloakAdmin;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Language;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.platform.web.Problem;
import io.socialmaturity.platform.web.ProblemException;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tenant admins manage their tenant's users in Keycloak: the user is a member of the tenant's Organization, the
 * business function is the declared admin-editable attribute {@code business_function} (which the token carries),
 * roles are realm roles.
 *
 * <p>Rules kept here, whatever the caller sends: a user id outside the caller's tenant is 404; {@code platform-admin}
 * is given only by a platform admin; nobody disables or removes themselves; the last enabled tenant admin stays;
 * account-wide changes (names, roles, business function, enabled, password) are refused for an account that also
 * belongs to another tenant, whose admins would otherwise be overruled. Changes touching admins serialize on the
 * tenant's row, so two admins cannot demote each other at once. Every change is audited.
 */
@Singleton
public class UserAdministration {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    static final int INVITATION_LIFESPAN_SECONDS = 7 * 24 * 3600;
    static final String BUSINESS_FUNCTION = "business_function";
    /** Admin-only user-profile attributes the invitation email names (see infra/keycloak/themes: executeActions.ftl). */
    static final String INVITED_BY = "invited_by";
    static final String INVITED_TO = "invited_to";
    /** Keycloak's own attribute for the user's language: its pages and emails follow it. */
    static final String LOCALE = "locale";

    private final KeycloakAdmin keycloak;
    private final KeycloakRepairs repairs;
    private final UserDirectory directory;
    private final TenantService tenants;
    private final AuditService audit;
    private final ApplicationEventPublisher<BusinessFunctionChanged> events;
    private final String webClientId;
    private final String appUrl;

    UserAdministration(KeycloakAdmin keycloak, KeycloakRepairs repairs, UserDirectory directory, TenantService tenants,
                       AuditService audit, ApplicationEventPublisher<BusinessFunctionChanged> events,
                       @Value("${maturity.keycloak.web-client-id}") String webClientId,
                       @Value("${maturity.app.public-url}") String appUrl) {
        this.keycloak = keycloak;
        this.repairs = repairs;
        this.directory = directory;
        this.tenants = tenants;
        this.audit = audit;
        this.events = events;
        this.webClientId = webClientId;
        this.appUrl = appUrl;
    }

    @io.micronaut.serde.annotation.Serdeable
    public enum Onboarding { INVITE, PASSWORD }

    /** What a tenant admin (or a platform admin creating a tenant's first admin) asks for. */
    @io.micronaut.serde.annotation.Serdeable
    public record NewUser(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
                          @Nullable String businessFunction, @Nullable List<String> roles,
                          @Nullable Onboarding onboarding, @Nullable String initialPassword,
                          @Nullable Boolean temporaryPassword) {
    }

    @io.micronaut.serde.annotation.Serdeable
    public record UserChanges(@Nullable String firstName, @Nullable String lastName, @Nullable String businessFunction,
                              @Nullable List<String> roles, @Nullable Boolean enabled) {
    }

    @io.micronaut.serde.annotation.Serdeable
    public enum Source { PRODUCT, COMPANY_SSO }

    @io.micronaut.serde.annotation.Serdeable
    public record ManagedUser(String id, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
                              String name, @Nullable String businessFunction, List<String> roles, boolean enabled,
                              boolean emailVerified, List<String> pendingActions, boolean otherTenants, Source source,
                              @Nullable Instant createdAt) {
    }

    // --- reads ---------------------------------------------------------------------------------------------

    public PageResponse<ManagedUser> list(Tenant tenant, @Nullable String search, Paging paging) {
        return directory.members(tenant, search, paging).map(this::view);
    }

    public ManagedUser get(Tenant tenant, String userId) {
        return view(requireMember(tenant, userId));
    }

    // --- create --------------------------------------------------------------------------------------------

    /** Creates the account, makes it a member of the tenant, gives it its roles and sends the invitation (or sets
     * the password). Any failure undoes the account: nothing half-done stays in Keycloak. */
    public ManagedUser create(CurrentUser actor, Tenant tenant, NewUser command) {
        Set<String> roles = validateNew(actor, tenant, command);
        String orgId = organizationId(tenant);
        String email = command.email().trim().toLowerCase(java.util.Locale.ROOT);
        Onboarding onboarding = command.onboarding();
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put(BUSINESS_FUNCTION, List.of(command.businessFunction()));
        attributes.put(LOCALE, List.of(requestLanguage()));
        if (onboarding == Onboarding.INVITE) {
            attributes.putAll(invitationAttributes(actor, tenant));
        }
        String id = keycloak.createUser(new KeycloakAdmin.UserRep(null, email, email, command.firstName().trim(),
                command.lastName().trim(), true, false, null,
                onboarding == Onboarding.INVITE ? INVITATION_ACTIONS : List.of(), attributes));
        try {
            keycloak.addMember(orgId, id);
            keycloak.addRealmRoles(id, List.copyOf(roles));
            if (onboarding == Onboarding.PASSWORD) {
                keycloak.setPassword(id, command.initialPassword(), !Boolean.FALSE.equals(command.temporaryPassword()));
            } else {
                keycloak.sendActionsEmail(id, INVITATION_ACTIONS, webClientId, appUrl, INVITATION_LIFESPAN_SECONDS);
            }
            auditChange(tenant, actor, "user.created", id, ordered(
                    "email", email, "roles", sorted(roles), "businessFunction", command.businessFunction(),
                    "onboarding", onboarding.name()));
        } catch (RuntimeException e) {
            repairs.undo(KeycloakRepairs.Action.DELETE_USER, id, "creating user " + email + " in tenant "
                    + tenant.alias() + " failed: " + e.getMessage());
            throw e;
        }
        return get(tenant, id);
    }

    /** Checks a new user's fields, e.g. a tenant's first admin before the tenant is created. */
    public void validate(CurrentUser actor, Tenant tenant, NewUser command) {
        validateNew(actor, tenant, command);
    }

    private Set<String> validateNew(CurrentUser actor, Tenant tenant, NewUser c) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (c.email() == null || c.email().isBlank()) {
            violations.add(new Problem.Violation("email", "must not be blank"));
        } else if (c.email().length() > 254 || !EMAIL.matcher(c.email().trim()).matches()) {
            violations.add(new Problem.Violation("email", "must be an email address"));
        }
        requireName(violations, "firstName", c.firstName());
        requireName(violations, "lastName", c.lastName());
        validateFunction(violations, c.businessFunction(), true);
        Set<String> roles = validateRoles(violations, actor, tenant, c.roles());
        if (c.onboarding() == null) {
            violations.add(new Problem.Violation("onboarding", "must be INVITE or PASSWORD"));
        } else if (c.onboarding() == Onboarding.PASSWORD) {
            if (c.initialPassword() == null || c.initialPassword().length() < 12) {
                violations.add(new Problem.Violation("initialPassword", "must have at least 12 characters"));
            } else if (c.initialPassword().length() > 128) {
                violations.add(new Problem.Violation("initialPassword", "must have at most 128 characters"));
            }
        } else if (c.initialPassword() != null) {
            violations.add(new Problem.Violation("initialPassword", "is only for onboarding PASSWORD"));
        }
        throwIfAny(violations);
        forbidPlatformAdmin(actor, roles);
        return roles;
    }

    // --- update --------------------------------------------------------------------------------------------

    @Transactional
    public ManagedUser update(CurrentUser actor, Tenant tenant, String userId, UserChanges changes) {
        KeycloakAdmin.Member member = requireMember(tenant, userId);
        List<Problem.Violation> violations = new ArrayList<>();
        if (changes.firstName() != null) {
            requireName(violations, "firstName", changes.firstName());
        }
        if (changes.lastName() != null) {
            requireName(violations, "lastName", changes.lastName());
        }
        validateFunction(violations, changes.businessFunction(), false);
        Set<String> requested = changes.roles() == null ? null : validateRoles(violations, actor, tenant, changes.roles());
        throwIfAny(violations);
        if (requested != null) {
            forbidPlatformAdmin(actor, requested);
        }

        tenants.lockForUpdate(tenant.id());
        KeycloakAdmin.UserRep user = keycloak.user(userId).orElseThrow(() -> ProblemException.notFound("The user"));
        Set<String> current = productRoles(userId);
        Set<String> toAdd = new TreeSet<>();
        Set<String> toRemove = new TreeSet<>();
        if (requested != null) {
            toAdd.addAll(requested);
            toAdd.removeAll(current);
            for (String role : current) {
                if (!requested.contains(role) && manageable(actor, tenant).contains(role)) {
                    toRemove.add(role);
                }
            }
        }
        boolean disabling = Boolean.FALSE.equals(changes.enabled()) && !Boolean.FALSE.equals(user.enabled());
        boolean enabling = Boolean.TRUE.equals(changes.enabled()) && Boolean.FALSE.equals(user.enabled());
        String oldFunction = user.attribute(BUSINESS_FUNCTION);
        boolean functionChange = changes.businessFunction() != null && !changes.businessFunction().equals(oldFunction);
        boolean nameChange = (changes.firstName() != null && !changes.firstName().trim().equals(user.firstName()))
                || (changes.lastName() != null && !changes.lastName().trim().equals(user.lastName()));
        if (toAdd.isEmpty() && toRemove.isEmpty() && !disabling && !enabling && !functionChange && !nameChange) {
            return view(member);
        }
        if (disabling && userId.equals(actor.id())) {
            throw ProblemException.conflict("self-disable", "You cannot disable your own account.", Map.of());
        }
        requireOnlyThisTenant(tenant, userId);
        boolean losesAdmin = current.contains(Roles.TENANT_ADMIN) && !Boolean.FALSE.equals(user.enabled())
                && (toRemove.contains(Roles.TENANT_ADMIN) || disabling);
        if (losesAdmin) {
            requireAnotherAdmin(tenant, userId);
        }

        keycloak.addRealmRoles(userId, List.copyOf(toAdd));
        try {
            keycloak.removeRealmRoles(userId, List.copyOf(toRemove));
            if (disabling || enabling || functionChange || nameChange) {
                Map<String, List<String>> attributes = new HashMap<>(user.attributes() == null ? Map.of() : user.attributes());
                if (functionChange) {
                    attributes.put(BUSINESS_FUNCTION, List.of(changes.businessFunction()));
                }
                keycloak.updateUser(new KeycloakAdmin.UserRep(user.id(), user.username(), user.email(),
                        changes.firstName() != null ? changes.firstName().trim() : user.firstName(),
                        changes.lastName() != null ? changes.lastName().trim() : user.lastName(),
                        disabling ? Boolean.FALSE : enabling ? Boolean.TRUE : user.enabled(),
                        user.emailVerified(), null, user.requiredActions(), attributes));
            }
        } catch (RuntimeException e) {
            revertRoles(userId, toAdd, toRemove);
            throw e;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!toAdd.isEmpty()) {
            details.put("rolesAdded", List.copyOf(toAdd));
        }
        if (!toRemove.isEmpty()) {
            details.put("rolesRemoved", List.copyOf(toRemove));
        }
        if (functionChange) {
            details.put("businessFunction", Map.of("from", String.valueOf(oldFunction), "to", changes.businessFunction()));
        }
        if (nameChange) {
            details.put("name", "changed");
        }
        if (disabling || enabling) {
            details.put("enabled", enabling);
        }
        String action = disabling ? "user.disabled" : enabling ? "user.enabled" : "user.updated";
        auditChange(tenant, actor, action, userId, details);
        if (functionChange) {
            events.publishEvent(new BusinessFunctionChanged(tenant.id(), userId, changes.businessFunction()));
        }
        return get(tenant, userId);
    }

    private void revertRoles(String userId, Set<String> added, Set<String> removed) {
        try {
            keycloak.removeRealmRoles(userId, List.copyOf(added));
            keycloak.addRealmRoles(userId, List.copyOf(removed));
        } catch (RuntimeException ignored) {
            // Keycloak went away: the change is reported as failed; roles may differ and show in the list.
        }
    }

    // --- invitation, removal ---------------------------------------------------------------------------------

    public void resendInvitation(CurrentUser actor, Tenant tenant, String userId) {
        requireMember(tenant, userId);
        requireOnlyThisTenant(tenant, userId);
        // The new email names whoever sends it now, and the company's current name.
        KeycloakAdmin.UserRep user = keycloak.user(userId).orElseThrow(() -> ProblemException.notFound("The user"));
        Map<String, List<String>> attributes = new HashMap<>(user.attributes() == null ? Map.of() : user.attributes());
        attributes.putAll(invitationAttributes(actor, tenant));
        attributes.putIfAbsent(LOCALE, List.of(requestLanguage()));
        keycloak.updateUser(new KeycloakAdmin.UserRep(user.id(), user.username(), user.email(), user.firstName(),
                user.lastName(), user.enabled(), user.emailVerified(), null, user.requiredActions(), attributes));
        keycloak.sendActionsEmail(userId, INVITATION_ACTIONS, webClientId, appUrl, INVITATION_LIFESPAN_SECONDS);
        auditChange(tenant, actor, "user.invitation-sent", userId, Map.of());
    }

    /**
     * Removes the user from the tenant. The account itself is deleted only when it belongs to no other tenant; an
     * account shared with another tenant only loses this membership.
     */
    @Transactional
    public void remove(CurrentUser actor, Tenant tenant, String userId) {
        KeycloakAdmin.Member member = requireMember(tenant, userId);
        if (userId.equals(actor.id())) {
            throw ProblemException.conflict("self-remove", "You cannot remove yourself from your company.", Map.of());
        }
        tenants.lockForUpdate(tenant.id());
        Set<String> roles = productRoles(userId);
        if (roles.contains(Roles.TENANT_ADMIN) && !Boolean.FALSE.equals(member.enabled())) {
            requireAnotherAdmin(tenant, userId);
        }
        boolean shared = keycloak.organizationsOf(userId).size() > 1;
        if (shared && member.managed()) {
            // Keycloak deletes a managed member's account on removal: that would take it from the other tenant too.
            throw ProblemException.conflict("shared-account", "This account signs in through your company's identity "
                    + "provider and also belongs to another organization; it cannot be removed here without deleting "
                    + "it there. Disable it at your identity provider instead.", Map.of());
        }
        auditChange(tenant, actor, "user.removed", userId, ordered("email", String.valueOf(member.email()),
                "accountDeleted", !shared));
        if (shared) {
            keycloak.removeMember(organizationId(tenant), userId);
        } else {
            keycloak.deleteUser(userId);
        }
    }

    /**
     * What the invitation email says of who invited and to which company. The inviter is named as the admin's token
     * names them (their email when the token has no name).
     */
    private static Map<String, List<String>> invitationAttributes(CurrentUser actor, Tenant tenant) {
        String inviter = actor.name() != null && !actor.name().isBlank() ? actor.name()
                : actor.email() != null ? actor.email() : "";
        return Map.of(INVITED_BY, List.of(truncate(inviter)), INVITED_TO, List.of(truncate(tenant.name())));
    }

    private static String truncate(String value) {
        return value.length() <= 255 ? value : value.substring(0, 255);
    }

    /**
     * The language of the account that is being created or invited: the inviting admin's UI language (the SPA sends it
     * as Accept-Language), English outside a request. Keycloak writes the invitation and its pages in it; the person
     * changes it on the sign-in page or in the app, and each sign-in from the app stores the app's language.
     */
    private static String requestLanguage() {
        return ServerRequestContext.currentRequest().map(r -> Language.resolve(null, r)).orElse(Language.DEFAULT);
    }

    // --- rules ------------------------------------------------------------------------------------------------

    private KeycloakAdmin.Member requireMember(Tenant tenant, String userId) {
        return directory.member(tenant, userId).orElseThrow(() -> ProblemException.notFound("The user"));
    }

    private String organizationId(Tenant tenant) {
        return keycloak.organizationId(tenant.alias()).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "organization-missing", "Organization missing",
                "The identity provider has no organization for this tenant.", List.of(), Map.of()));
    }

    private void requireOnlyThisTenant(Tenant tenant, String userId) {
        if (keycloak.organizationsOf(userId).size() > 1) {
            throw ProblemException.conflict("shared-account", "This account also belongs to another organization: its "
                    + "names, roles, business function, status and password can only be changed where it is managed. "
                    + "You can remove it from your company.", Map.of());
        }
    }

    private void requireAnotherAdmin(Tenant tenant, String exceptUserId) {
        String orgId = organizationId(tenant);
        for (int first = 0; ; first += 100) {
            List<KeycloakAdmin.UserRep> holders = keycloak.roleHolders(Roles.TENANT_ADMIN, first, 100);
            for (KeycloakAdmin.UserRep holder : holders) {
                if (!exceptUserId.equals(holder.id()) && !Boolean.FALSE.equals(holder.enabled())
                        && keycloak.member(orgId, holder.id()).isPresent()) {
                    return;
                }
            }
            if (holders.size() < 100) {
                throw ProblemException.conflict("last-admin", "This is the last enabled administrator of your company: "
                        + "make someone else an administrator first.", Map.of());
            }
        }
    }

    private Set<String> productRoles(String userId) {
        Set<String> roles = new TreeSet<>();
        for (KeycloakAdmin.Role role : keycloak.realmRoles(userId)) {
            if (Roles.ALL.contains(role.name())) {
                roles.add(role.name());
            }
        }
        return roles;
    }

    /** The roles an admin may give in this tenant: its kind's roles, plus platform-admin for platform admins. */
    static Set<String> manageable(CurrentUser actor, Tenant tenant) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.TENANT_ADMIN);
        roles.add(tenant.kind() == TenantKind.CONSULTANCY ? Roles.CONSULTANT : Roles.RESPONDENT);
        if (actor.hasRole(Roles.PLATFORM_ADMIN)) {
            roles.add(Roles.PLATFORM_ADMIN);
        }
        return roles;
    }

    private static Set<String> validateRoles(List<Problem.Violation> violations, CurrentUser actor, Tenant tenant,
                                             @Nullable List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            violations.add(new Problem.Violation("roles", "must name at least one role"));
            return Set.of();
        }
        Set<String> allowed = new LinkedHashSet<>(manageable(actor, tenant));
        allowed.add(Roles.PLATFORM_ADMIN); // refused below with 403, not as a malformed value
        Set<String> result = new TreeSet<>();
        for (String role : roles) {
            if (role == null || !allowed.contains(role)) {
                violations.add(new Problem.Violation("roles", "unknown role for a " + tenant.kind().name().toLowerCase(
                        java.util.Locale.ROOT) + ": " + role + "; allowed: " + String.join(", ", manageable(actor, tenant))));
            } else {
                result.add(role);
            }
        }
        return result;
    }

    private static void forbidPlatformAdmin(CurrentUser actor, Set<String> roles) {
        if (roles.contains(Roles.PLATFORM_ADMIN) && !actor.hasRole(Roles.PLATFORM_ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden-role", "Role not allowed",
                    "Only a platform administrator can give the role platform-admin.",
                    List.of(new Problem.Violation("roles", "platform-admin can only be given by a platform admin")),
                    Map.of());
        }
    }

    private static void validateFunction(List<Problem.Violation> violations, @Nullable String function, boolean required) {
        if (function == null) {
            if (required) {
                violations.add(new Problem.Violation("businessFunction", "must not be blank"));
            }
        } else if (BusinessFunction.fromKey(function).isEmpty()) {
            violations.add(new Problem.Violation("businessFunction", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(BusinessFunction.values()).map(BusinessFunction::key).toList())));
        }
    }

    private static void requireName(List<Problem.Violation> violations, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Problem.Violation(field, "must not be blank"));
        } else if (value.length() > 100) {
            violations.add(new Problem.Violation(field, "must have at most 100 characters"));
        }
    }

    private static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private ManagedUser view(KeycloakAdmin.Member m) {
        List<String> roles = List.copyOf(productRoles(m.id()));
        boolean others = keycloak.organizationsOf(m.id()).size() > 1;
        return new ManagedUser(m.id(), m.email(), m.firstName(), m.lastName(),
                UserDirectory.displayName(m.firstName(), m.lastName(), m.email(), m.username()),
                UserDirectory.attribute(m.attributes(), BUSINESS_FUNCTION), roles, m.enabled() == null || m.enabled(),
                Boolean.TRUE.equals(m.emailVerified()), m.requiredActions() == null ? List.of() : m.requiredActions(),
                others, m.managed() ? Source.COMPANY_SSO : Source.PRODUCT,
                m.createdTimestamp() == null ? null : Instant.ofEpochMilli(m.createdTimestamp()));
    }

    private void auditChange(Tenant tenant, CurrentUser actor, String action, String userId, Map<String, ?> details) {
        audit.record(tenant.id(), actor, action, "user", userId, details);
    }

    private static List<String> sorted(Set<String> roles) {
        return List.copyOf(new TreeSet<>(roles));
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], Objects.requireNonNull(kv[i + 1]));
        }
        return m;
    }
}
