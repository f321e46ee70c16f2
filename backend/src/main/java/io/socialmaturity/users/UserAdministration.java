package io.socialmaturity.users;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.erasure.PersonErasure;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.errors.Validation;
import io.socialmaturity.platform.keycloak.KeycloakLookups;
import io.socialmaturity.platform.keycloak.KeycloakOrganizations;
import io.socialmaturity.platform.keycloak.KeycloakProperties;
import io.socialmaturity.platform.keycloak.KeycloakRepairs;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Member;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Organization;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.Role;
import io.socialmaturity.platform.keycloak.KeycloakRepresentations.UserRep;
import io.socialmaturity.platform.keycloak.KeycloakUsers;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.platform.web.Language;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.users.UserCommands.NewUser;
import io.socialmaturity.users.UserCommands.Onboarding;
import io.socialmaturity.users.UserCommands.UserChanges;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tenant admins manage their tenant's users in Keycloak: the user is a member of the tenant's Organization, the
 * business function is the declared admin-editable attribute {@code business_function} (which the token carries),
 * roles are realm roles.
 *
 * <p>The rules are {@link UserAdministrationPolicy}'s; this class finds the facts they need in Keycloak and makes the
 * change. A user id outside the caller's tenant is 404. Changes touching admins serialize on the tenant's row, so two
 * admins cannot demote each other at once. Every change is audited; a multi-step change that fails is undone.
 */
@Singleton
public class UserAdministration {

    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    static final int INVITATION_LIFESPAN_SECONDS = 7 * 24 * 3600;
    static final String BUSINESS_FUNCTION = "business_function";
    /** Admin-only user-profile attributes the invitation email names (see infra/keycloak/themes: executeActions.ftl). */
    static final String INVITED_BY = "invited_by";

    static final String INVITED_TO = "invited_to";
    /**
     * Admin-only, multi-valued user-profile attribute: the aliases of the tenants in which the product made the user a
     * tenant admin. It lets the last-admin check find the tenant's admins in one tenant-scoped search; each one found
     * is verified against Keycloak's roles, membership and enabled flag ({@link UserAdministrationPolicy#verifiedAdmin}).
     * A shared account removed from a tenant keeps that tenant's alias: harmless, as the membership check drops it.
     */
    static final String ADMIN_OF = "admin_of";
    /** Keycloak's own attribute for the user's language: its pages and emails follow it. */
    static final String LOCALE = "locale";

    private final KeycloakUsers users;
    private final KeycloakOrganizations organizations;
    private final KeycloakLookups lookups;
    private final KeycloakRepairs repairs;
    private final UserDirectory directory;
    private final TenantService tenants;
    private final AuditService audit;
    private final PersonErasure erasure;
    private final ApplicationEventPublisher<BusinessFunctionChanged> events;
    private final Validator validator;
    private final String webClientId;
    private final String appUrl;

    UserAdministration(
            KeycloakUsers users,
            KeycloakOrganizations organizations,
            KeycloakLookups lookups,
            KeycloakRepairs repairs,
            UserDirectory directory,
            TenantService tenants,
            AuditService audit,
            PersonErasure erasure,
            ApplicationEventPublisher<BusinessFunctionChanged> events,
            Validator validator,
            KeycloakProperties keycloak,
            AppProperties app) {
        this.users = users;
        this.organizations = organizations;
        this.lookups = lookups;
        this.repairs = repairs;
        this.directory = directory;
        this.tenants = tenants;
        this.audit = audit;
        this.erasure = erasure;
        this.events = events;
        this.validator = validator;
        this.webClientId = keycloak.webClientId();
        this.appUrl = app.publicUrl();
    }

    @Serdeable
    public enum Source {
        PRODUCT,
        COMPANY_SSO
    }

    @Serdeable
    public record ManagedUser(
            String id,
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            String name,
            @Nullable String businessFunction,
            List<String> roles,
            boolean enabled,
            boolean emailVerified,
            List<String> pendingActions,
            boolean otherTenants,
            Source source,
            @Nullable Instant createdAt) {}

    // --- reads ---------------------------------------------------------------------------------------------

    /**
     * A page of the tenant's users with their roles and whether another tenant has them too, in a number of Admin API
     * calls that does not depend on the page size: the page and the count, each product role's holders, and the
     * other organizations' members (id lists, {@link KeycloakLookups}), intersected here.
     */
    public PageResponse<ManagedUser> list(Tenant tenant, @Nullable String search, Paging paging) {
        PageResponse<Member> page = directory.members(tenant, search, paging);
        if (page.items().isEmpty()) {
            return page.map(m -> view(m, List.of(), false));
        }
        Set<String> ids = new HashSet<>();
        page.items().forEach(m -> ids.add(m.id()));
        Map<String, Set<String>> rolesById = new HashMap<>();
        for (String role : new TreeSet<>(Roles.ALL)) {
            for (UserRep holder : lookups.roleHolders(role)) {
                if (ids.contains(holder.id())) {
                    rolesById.computeIfAbsent(holder.id(), k -> new TreeSet<>()).add(role);
                }
            }
        }
        String orgId = organizationId(tenant);
        Set<String> elsewhere = new HashSet<>();
        for (Organization other : lookups.allOrganizations()) {
            if (!orgId.equals(other.id())) {
                Set<String> members = lookups.memberIds(other.id());
                ids.stream().filter(members::contains).forEach(elsewhere::add);
            }
        }
        return page.map(
                m -> view(m, List.copyOf(rolesById.getOrDefault(m.id(), Set.of())), elsewhere.contains(m.id())));
    }

    public ManagedUser get(Tenant tenant, String userId) {
        Member member = requireMember(tenant, userId);
        return view(member, List.copyOf(productRoles(userId)), organizationCount(userId) > 1);
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
        if (roles.contains(Roles.TENANT_ADMIN)) {
            attributes.put(ADMIN_OF, List.of(tenant.alias()));
        }
        if (onboarding == Onboarding.INVITE) {
            attributes.putAll(invitationAttributes(actor, tenant));
        }
        String id;
        try {
            id = lookups.createUser(new UserRep(
                    null,
                    email,
                    email,
                    command.firstName().trim(),
                    command.lastName().trim(),
                    true,
                    false,
                    null,
                    onboarding == Onboarding.INVITE ? INVITATION_ACTIONS : List.of(),
                    attributes));
        } catch (ConflictException e) {
            throw new ConflictException("email-taken", "problem.email-taken")
                    .withField("email", "violation.email-taken");
        }
        try {
            organizations.addMember(orgId, KeycloakRepresentations.jsonString(id));
            addRoles(id, roles);
            if (onboarding == Onboarding.PASSWORD) {
                users.resetPassword(
                        id,
                        Map.of(
                                "type",
                                "password",
                                "value",
                                command.initialPassword(),
                                "temporary",
                                !Boolean.FALSE.equals(command.temporaryPassword())));
            } else {
                sendInvitation(id);
            }
            auditChange(
                    tenant,
                    actor,
                    "user.created",
                    id,
                    ordered(
                            "email",
                            email,
                            "roles",
                            List.copyOf(new TreeSet<>(roles)),
                            "businessFunction",
                            command.businessFunction(),
                            "onboarding",
                            onboarding.name()));
        } catch (RuntimeException e) {
            repairs.undo(
                    KeycloakRepairs.Action.DELETE_USER,
                    id,
                    "creating user " + email + " in tenant " + tenant.alias() + " failed: " + e.getMessage());
            throw e;
        }
        return get(tenant, id);
    }

    /** Checks a new user's fields, e.g. a tenant's first admin before the tenant is created. */
    public void validate(CurrentUser actor, Tenant tenant, NewUser command) {
        validateNew(actor, tenant, command);
    }

    private Set<String> validateNew(CurrentUser actor, Tenant tenant, NewUser c) {
        List<FieldError> errors = Validation.violations(validator, c);
        Set<String> roles = c.roles() == null || c.roles().isEmpty()
                ? Set.of()
                : UserAdministrationPolicy.roles(errors, actor.roles(), tenant.kind(), c.roles());
        UserAdministrationPolicy.password(errors, c.onboarding(), c.initialPassword());
        Validation.throwIfAny(errors);
        UserAdministrationPolicy.checkPlatformAdminGrant(actor.roles(), roles);
        return roles;
    }

    // --- update --------------------------------------------------------------------------------------------

    @Transactional
    public ManagedUser update(CurrentUser actor, Tenant tenant, String userId, UserChanges changes) {
        Member member = requireMember(tenant, userId);
        List<FieldError> errors = Validation.violations(validator, changes);
        Set<String> requested = changes.roles() == null
                ? null
                : UserAdministrationPolicy.roles(errors, actor.roles(), tenant.kind(), changes.roles());
        Validation.throwIfAny(errors);
        if (requested != null) {
            UserAdministrationPolicy.checkPlatformAdminGrant(actor.roles(), requested);
        }

        tenants.lockForUpdate(tenant.id());
        UserRep user = users.user(userId).orElseThrow(() -> NotFoundException.of("problem.not-found.user"));
        Set<String> current = productRoles(userId);
        UserAdministrationPolicy.RoleChange roles = UserAdministrationPolicy.roleChange(
                current, requested, UserAdministrationPolicy.manageable(actor.roles(), tenant.kind()));
        boolean disabling = Boolean.FALSE.equals(changes.enabled()) && !Boolean.FALSE.equals(user.enabled());
        boolean enabling = Boolean.TRUE.equals(changes.enabled()) && Boolean.FALSE.equals(user.enabled());
        String oldFunction = user.attribute(BUSINESS_FUNCTION);
        boolean functionChange = changes.businessFunction() != null
                && !changes.businessFunction().equals(oldFunction);
        boolean nameChange = (changes.firstName() != null
                        && !changes.firstName().trim().equals(user.firstName()))
                || (changes.lastName() != null && !changes.lastName().trim().equals(user.lastName()));
        List<String> oldAdminOf =
                user.attributes() == null ? null : user.attributes().get(ADMIN_OF);
        List<String> newAdminOf = UserAdministrationPolicy.adminOf(
                oldAdminOf, tenant.alias(), UserAdministrationPolicy.rolesAfter(current, roles));
        boolean adminOfChange = !newAdminOf.equals(oldAdminOf == null ? List.of() : oldAdminOf);
        if (roles.none() && !disabling && !enabling && !functionChange && !nameChange) {
            return view(member, List.copyOf(current), organizationCount(userId) > 1);
        }
        UserAdministrationPolicy.checkNotSelfDisable(actor.id(), userId, disabling);
        UserAdministrationPolicy.checkOnlyThisTenant(organizationCount(userId));
        if (UserAdministrationPolicy.losesAdmin(
                current, !Boolean.FALSE.equals(user.enabled()), roles.removed(), disabling)) {
            UserAdministrationPolicy.checkAnotherAdmin(anotherAdmin(tenant, userId), userId);
        }

        addRoles(userId, roles.added());
        try {
            removeRoles(userId, roles.removed());
            // admin_of follows the role (and is mended when it drifted) along with any change that is written.
            if (disabling || enabling || functionChange || nameChange || adminOfChange) {
                Map<String, List<String>> attributes =
                        new HashMap<>(user.attributes() == null ? Map.of() : user.attributes());
                if (functionChange) {
                    attributes.put(BUSINESS_FUNCTION, List.of(changes.businessFunction()));
                }
                if (newAdminOf.isEmpty()) {
                    attributes.remove(ADMIN_OF);
                } else {
                    attributes.put(ADMIN_OF, newAdminOf);
                }
                users.update(
                        user.id(),
                        new UserRep(
                                user.id(),
                                user.username(),
                                user.email(),
                                changes.firstName() != null
                                        ? changes.firstName().trim()
                                        : user.firstName(),
                                changes.lastName() != null ? changes.lastName().trim() : user.lastName(),
                                disabling ? Boolean.FALSE : enabling ? Boolean.TRUE : user.enabled(),
                                user.emailVerified(),
                                null,
                                user.requiredActions(),
                                attributes));
            }
        } catch (RuntimeException e) {
            revertRoles(userId, roles.added(), roles.removed());
            throw e;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!roles.added().isEmpty()) {
            details.put("rolesAdded", List.copyOf(roles.added()));
        }
        if (!roles.removed().isEmpty()) {
            details.put("rolesRemoved", List.copyOf(roles.removed()));
        }
        if (functionChange) {
            details.put(
                    "businessFunction", Map.of("from", String.valueOf(oldFunction), "to", changes.businessFunction()));
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
            removeRoles(userId, added);
            addRoles(userId, removed);
        } catch (RuntimeException ignored) {
            // Keycloak went away: the change is reported as failed; roles may differ and show in the list.
        }
    }

    // --- invitation, removal ---------------------------------------------------------------------------------

    public void resendInvitation(CurrentUser actor, Tenant tenant, String userId) {
        requireMember(tenant, userId);
        UserAdministrationPolicy.checkOnlyThisTenant(organizationCount(userId));
        // The new email names whoever sends it now, and the company's current name.
        UserRep user = users.user(userId).orElseThrow(() -> NotFoundException.of("problem.not-found.user"));
        Map<String, List<String>> attributes = new HashMap<>(user.attributes() == null ? Map.of() : user.attributes());
        attributes.putAll(invitationAttributes(actor, tenant));
        attributes.putIfAbsent(LOCALE, List.of(requestLanguage()));
        users.update(
                user.id(),
                new UserRep(
                        user.id(),
                        user.username(),
                        user.email(),
                        user.firstName(),
                        user.lastName(),
                        user.enabled(),
                        user.emailVerified(),
                        null,
                        user.requiredActions(),
                        attributes));
        sendInvitation(userId);
        auditChange(tenant, actor, "user.invitation-sent", userId, Map.of());
    }

    /**
     * Removes the user from the tenant. The account itself is deleted only when it belongs to no other tenant; an
     * account shared with another tenant only loses this membership.
     */
    @Transactional
    public void remove(CurrentUser actor, Tenant tenant, String userId) {
        Member member = requireMember(tenant, userId);
        UserAdministrationPolicy.checkNotSelfRemove(actor.id(), userId);
        tenants.lockForUpdate(tenant.id());
        Set<String> roles = productRoles(userId);
        if (UserAdministrationPolicy.losesAdmin(
                roles, !Boolean.FALSE.equals(member.enabled()), Set.of(Roles.TENANT_ADMIN), false)) {
            UserAdministrationPolicy.checkAnotherAdmin(anotherAdmin(tenant, userId), userId);
        }
        boolean shared = organizationCount(userId) > 1;
        UserAdministrationPolicy.checkRemovable(shared, member.managed());
        auditChange(
                tenant,
                actor,
                "user.removed",
                userId,
                ordered("email", String.valueOf(member.email()), "accountDeleted", !shared));
        if (shared) {
            organizations.removeMember(organizationId(tenant), userId);
        } else {
            users.delete(userId);
        }
    }

    /** What erasing a person did: their pseudonym, whether they were removed and their account deleted. */
    @Serdeable
    public record Erasure(
            String pseudonym, String pseudonymName, boolean removed, boolean accountDeleted, int rowsChanged) {}

    /**
     * Erases a person from the tenant (GDPR): removes them first if they are still a member (the rules of
     * {@link #remove}: not yourself, not the last admin; the account is deleted unless another organization has it),
     * then replaces their identifiers by a pseudonym in the tenant's rows ({@link PersonErasure}). A user the tenant
     * neither has nor names (e.g. one already erased, or another tenant's) is 404. One transaction: if the rows
     * cannot be changed, nothing of the tenant's data changes (an account already deleted stays deleted; erasing
     * again finds the person by their rows).
     */
    @Transactional
    public Erasure erase(CurrentUser actor, Tenant tenant, String userId) {
        UserAdministrationPolicy.checkNotSelfErase(actor.id(), userId);
        if (!PersonErasure.isUserId(userId)) {
            throw NotFoundException.of("problem.not-found.user");
        }
        Optional<Member> member = directory.member(tenant, userId);
        if (member.isEmpty() && !erasure.knows(tenant.id(), userId)) {
            throw NotFoundException.of("problem.not-found.user");
        }
        Optional<UserRep> account = member.isPresent() ? users.user(userId) : Optional.empty();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> usernames = new LinkedHashSet<>();
        member.ifPresent(m -> known(m.email(), m.username(), m.firstName(), m.lastName(), emails, names, usernames));
        account.ifPresent(u -> known(u.email(), u.username(), u.firstName(), u.lastName(), emails, names, usernames));
        boolean accountDeleted = false;
        if (member.isPresent()) {
            accountDeleted = organizationCount(userId) <= 1;
            remove(actor, tenant, userId);
        }
        PersonErasure.Result result = erasure.erase(
                actor,
                tenant.id(),
                tenant.alias(),
                userId,
                new PersonErasure.KnownIdentifiers(emails, names, usernames));
        return new Erasure(
                result.pseudonym().id(),
                result.pseudonym().name(),
                member.isPresent(),
                accountDeleted,
                result.rowsChanged() + result.respondentRows());
    }

    private static void known(
            @Nullable String email,
            @Nullable String username,
            @Nullable String firstName,
            @Nullable String lastName,
            Set<String> emails,
            Set<String> names,
            Set<String> usernames) {
        PersonErasure.KnownIdentifiers k = PersonErasure.KnownIdentifiers.of(email, username, firstName, lastName);
        emails.addAll(k.emails());
        names.addAll(k.names());
        usernames.addAll(k.usernames());
        String display = UserDirectory.displayName(firstName, lastName, email, username);
        if (display != null && !display.isBlank()) {
            (display.contains("@") ? emails : names).add(display);
        }
    }

    /**
     * What the invitation email says of who invited and to which company. The inviter is named as the admin's token
     * names them (their email when the token has no name).
     */
    private static Map<String, List<String>> invitationAttributes(CurrentUser actor, Tenant tenant) {
        String inviter = actor.name() != null && !actor.name().isBlank()
                ? actor.name()
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
        return ServerRequestContext.currentRequest()
                .map(r -> Language.resolve(null, r))
                .orElse(Language.DEFAULT);
    }

    // --- facts from Keycloak ------------------------------------------------------------------------------------

    private void sendInvitation(String userId) {
        users.executeActionsEmail(userId, webClientId, INVITATION_LIFESPAN_SECONDS, appUrl, INVITATION_ACTIONS);
    }

    private Member requireMember(Tenant tenant, String userId) {
        return directory.member(tenant, userId).orElseThrow(() -> NotFoundException.of("problem.not-found.user"));
    }

    private String organizationId(Tenant tenant) {
        return lookups.organizationId(tenant.alias())
                .orElseThrow(() -> new ConflictException("organization-missing", "problem.organization-missing"));
    }

    private int organizationCount(String userId) {
        return organizations.organizationsOf(userId, true).size();
    }

    /**
     * An enabled admin of the tenant other than {@code userId}, if there is one: the enabled users marked
     * {@code admin_of=<alias>} (one search scoped to this tenant, never the realm's tenant-admins), each verified in
     * Keycloak (membership, then direct realm roles) until one passes. The cost follows this tenant's admins, not the
     * realm's: typically one search and two checks.
     */
    private Set<String> anotherAdmin(Tenant tenant, String userId) {
        String orgId = organizationId(tenant);
        return lookups.firstWithAttribute(ADMIN_OF, tenant.alias(), candidate -> {
                    if (candidate.id().equals(userId)) {
                        return false;
                    }
                    Optional<Member> member = organizations.member(orgId, candidate.id());
                    return UserAdministrationPolicy.verifiedAdmin(
                            member.isPresent(),
                            member.map(m -> !Boolean.FALSE.equals(m.enabled())).orElse(false),
                            member.isPresent() ? productRoles(candidate.id()) : Set.of());
                })
                .map(u -> Set.of(u.id()))
                .orElse(Set.of());
    }

    private Set<String> productRoles(String userId) {
        Set<String> roles = new TreeSet<>();
        for (Role role : users.realmRoles(userId)) {
            if (Roles.ALL.contains(role.name())) {
                roles.add(role.name());
            }
        }
        return roles;
    }

    private void addRoles(String userId, Set<String> names) {
        if (!names.isEmpty()) {
            users.addRealmRoles(userId, lookups.roles(names));
        }
    }

    private void removeRoles(String userId, Set<String> names) {
        if (!names.isEmpty()) {
            users.removeRealmRoles(userId, lookups.roles(names));
        }
    }

    private static ManagedUser view(Member m, List<String> roles, boolean otherTenants) {
        return new ManagedUser(
                m.id(),
                m.email(),
                m.firstName(),
                m.lastName(),
                UserDirectory.displayName(m.firstName(), m.lastName(), m.email(), m.username()),
                UserDirectory.attribute(m.attributes(), BUSINESS_FUNCTION),
                roles,
                m.enabled() == null || m.enabled(),
                Boolean.TRUE.equals(m.emailVerified()),
                m.requiredActions() == null ? List.of() : m.requiredActions(),
                otherTenants,
                m.managed() ? Source.COMPANY_SSO : Source.PRODUCT,
                m.createdTimestamp() == null ? null : Instant.ofEpochMilli(m.createdTimestamp()));
    }

    private void auditChange(Tenant tenant, CurrentUser actor, String action, String userId, Map<String, ?> details) {
        audit.record(tenant.id(), actor, action, "user", userId, details);
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], Objects.requireNonNull(kv[i + 1]));
        }
        return m;
    }
}
