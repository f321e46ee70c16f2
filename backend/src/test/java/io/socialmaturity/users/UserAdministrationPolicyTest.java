package io.socialmaturity.users;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.TenantKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The user-administration rules without Keycloak or Micronaut: each rule, its refusal and its code. */
class UserAdministrationPolicyTest {

    private static final Set<String> TENANT_ADMIN = Set.of(Roles.TENANT_ADMIN);
    private static final Set<String> PLATFORM_ADMIN = Set.of(Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN);

    @Test
    void aTenantOffersItsKindsRolesAndPlatformAdminOnlyToPlatformAdmins() {
        assertEquals(
                List.of(Roles.TENANT_ADMIN, Roles.RESPONDENT),
                List.copyOf(UserAdministrationPolicy.manageable(TENANT_ADMIN, TenantKind.COMPANY)));
        assertEquals(
                List.of(Roles.TENANT_ADMIN, Roles.CONSULTANT),
                List.copyOf(UserAdministrationPolicy.manageable(TENANT_ADMIN, TenantKind.CONSULTANCY)));
        assertTrue(UserAdministrationPolicy.manageable(PLATFORM_ADMIN, TenantKind.COMPANY)
                .contains(Roles.PLATFORM_ADMIN));
    }

    @Test
    void anUnknownRoleIsAFieldErrorNamingWhatIsAllowed() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> roles = UserAdministrationPolicy.roles(
                errors, TENANT_ADMIN, TenantKind.COMPANY, List.of("respondent", "consultant"));
        assertEquals(Set.of("respondent"), roles);
        assertEquals(1, errors.size());
        assertEquals("roles", errors.get(0).field());
        assertEquals(
                "unknown role for a company: consultant; allowed: tenant-admin, respondent",
                errors.get(0).message(Locale.ENGLISH));
        assertEquals(
                "ruolo sconosciuto per un'azienda: consultant; consentiti: tenant-admin, respondent",
                errors.get(0).message(Locale.ITALIAN));
        List<FieldError> none = new ArrayList<>();
        UserAdministrationPolicy.roles(none, TENANT_ADMIN, TenantKind.COMPANY, List.of());
        assertEquals("must name at least one role", none.get(0).message(Locale.ENGLISH));
    }

    @Test
    void onlyAPlatformAdminGrantsPlatformAdmin() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> asked = UserAdministrationPolicy.roles(
                errors, TENANT_ADMIN, TenantKind.COMPANY, List.of("respondent", "platform-admin"));
        assertEquals(List.of(), errors, "platform-admin is not a malformed value: it is a 403");
        ForbiddenException e = assertThrows(
                ForbiddenException.class, () -> UserAdministrationPolicy.checkPlatformAdminGrant(TENANT_ADMIN, asked));
        assertEquals("forbidden-role", e.code());
        assertEquals("roles", e.fields().get(0).field());
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkPlatformAdminGrant(PLATFORM_ADMIN, asked));
    }

    @Test
    void thePasswordGoesWithPasswordOnboardingOnly() {
        assertEquals(
                List.of("must have at least 12 characters"), passwordErrors(UserCommands.Onboarding.PASSWORD, "short"));
        assertEquals(
                List.of("must have at least 12 characters"), passwordErrors(UserCommands.Onboarding.PASSWORD, null));
        assertEquals(
                List.of("must have at most 128 characters"),
                passwordErrors(UserCommands.Onboarding.PASSWORD, "x".repeat(129)));
        assertEquals(List.of(), passwordErrors(UserCommands.Onboarding.PASSWORD, "x".repeat(12)));
        assertEquals(
                List.of("is only for onboarding PASSWORD"),
                passwordErrors(UserCommands.Onboarding.INVITE, "x".repeat(12)));
        assertEquals(List.of(), passwordErrors(UserCommands.Onboarding.INVITE, null));
        assertEquals(List.of(), passwordErrors(null, "anything"), "a missing onboarding is its own error");
    }

    private static List<String> passwordErrors(UserCommands.Onboarding onboarding, String password) {
        List<FieldError> errors = new ArrayList<>();
        UserAdministrationPolicy.password(errors, onboarding, password);
        return errors.stream().map(e -> e.message(Locale.ENGLISH)).toList();
    }

    @Test
    void nobodyDisablesOrRemovesThemselves() {
        assertEquals(
                "self-disable",
                assertThrows(
                                ConflictException.class,
                                () -> UserAdministrationPolicy.checkNotSelfDisable("me", "me", true))
                        .code());
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkNotSelfDisable("me", "me", false));
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkNotSelfDisable("me", "you", true));
        assertEquals(
                "self-remove",
                assertThrows(ConflictException.class, () -> UserAdministrationPolicy.checkNotSelfRemove("me", "me"))
                        .code());
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkNotSelfRemove("me", "you"));
    }

    @Test
    void theLastEnabledAdminStaysOne() {
        Set<String> admin = Set.of(Roles.TENANT_ADMIN, Roles.RESPONDENT);
        assertTrue(UserAdministrationPolicy.losesAdmin(admin, true, Set.of(Roles.TENANT_ADMIN), false));
        assertTrue(UserAdministrationPolicy.losesAdmin(admin, true, Set.of(), true));
        assertFalse(
                UserAdministrationPolicy.losesAdmin(admin, false, Set.of(Roles.TENANT_ADMIN), true),
                "a disabled admin is no admin to lose");
        assertFalse(UserAdministrationPolicy.losesAdmin(Set.of(Roles.RESPONDENT), true, Set.of(), true));
        assertFalse(UserAdministrationPolicy.losesAdmin(admin, true, Set.of(Roles.RESPONDENT), false));

        ConflictException e = assertThrows(
                ConflictException.class, () -> UserAdministrationPolicy.checkAnotherAdmin(Set.of("anna"), "anna"));
        assertEquals("last-admin", e.code());
        assertThrows(ConflictException.class, () -> UserAdministrationPolicy.checkAnotherAdmin(Set.of(), "anna"));
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkAnotherAdmin(Set.of("anna", "bob"), "anna"));
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkAnotherAdmin(Set.of("bob"), "anna"));
    }

    @Test
    void anAdminCandidateCountsOnlyAsKeycloakHasItNow() {
        Set<String> admin = Set.of(Roles.TENANT_ADMIN);
        assertTrue(UserAdministrationPolicy.verifiedAdmin(true, true, admin));
        assertFalse(UserAdministrationPolicy.verifiedAdmin(false, true, admin), "no longer a member");
        assertFalse(UserAdministrationPolicy.verifiedAdmin(true, false, admin), "disabled");
        assertFalse(UserAdministrationPolicy.verifiedAdmin(true, true, Set.of(Roles.RESPONDENT)), "role gone");
    }

    @Test
    void adminOfFollowsTheRoleInThisTenantAndKeepsTheOthers() {
        Set<String> admin = Set.of(Roles.TENANT_ADMIN);
        assertEquals(List.of("acme"), UserAdministrationPolicy.adminOf(null, "acme", admin));
        assertEquals(List.of("globex", "acme"), UserAdministrationPolicy.adminOf(List.of("globex"), "acme", admin));
        assertEquals(List.of("acme"), UserAdministrationPolicy.adminOf(List.of("acme"), "acme", admin));
        assertEquals(
                List.of("globex"),
                UserAdministrationPolicy.adminOf(List.of("acme", "globex"), "acme", Set.of(Roles.RESPONDENT)));
        assertEquals(List.of(), UserAdministrationPolicy.adminOf(null, "acme", Set.of()));
        var change = UserAdministrationPolicy.roleChange(
                Set.of(Roles.TENANT_ADMIN), Set.of(Roles.RESPONDENT), Set.of(Roles.TENANT_ADMIN, Roles.RESPONDENT));
        assertEquals(Set.of(Roles.RESPONDENT), UserAdministrationPolicy.rolesAfter(Set.of(Roles.TENANT_ADMIN), change));
    }

    @Test
    void aSharedAccountIsOnlyRemovedHereAndNeverIfItSignsInThroughTheCompany() {
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkOnlyThisTenant(1));
        ConflictException change =
                assertThrows(ConflictException.class, () -> UserAdministrationPolicy.checkOnlyThisTenant(2));
        assertEquals("shared-account", change.code());
        assertTrue(change.getMessage().startsWith("This account also belongs to another organization"));
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkRemovable(true, false));
        assertDoesNotThrow(() -> UserAdministrationPolicy.checkRemovable(false, true));
        assertEquals(
                "shared-account",
                assertThrows(ConflictException.class, () -> UserAdministrationPolicy.checkRemovable(true, true))
                        .code());
    }

    @Test
    void aRoleChangeAddsWhatIsAskedAndRemovesOnlyWhatTheActorManages() {
        Set<String> manageable = UserAdministrationPolicy.manageable(TENANT_ADMIN, TenantKind.COMPANY);
        var change = UserAdministrationPolicy.roleChange(
                Set.of(Roles.RESPONDENT, Roles.PLATFORM_ADMIN), Set.of(Roles.TENANT_ADMIN), manageable);
        assertEquals(Set.of(Roles.TENANT_ADMIN), change.added());
        assertEquals(
                Set.of(Roles.RESPONDENT), change.removed(), "platform-admin stays: a tenant admin does not manage it");
        assertTrue(UserAdministrationPolicy.roleChange(Set.of(Roles.RESPONDENT), null, manageable)
                .none());
        assertTrue(UserAdministrationPolicy.roleChange(Set.of(Roles.RESPONDENT), Set.of(Roles.RESPONDENT), manageable)
                .none());
    }
}
