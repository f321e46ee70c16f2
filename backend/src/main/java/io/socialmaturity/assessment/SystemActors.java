package io.socialmaturity.assessment;

import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * The actor of what the due-date jobs do in a tenant (auto-close, scheduled reminders): audited as user id
 * {@value #SYSTEM_ID}, named "System". Only active tenants get one.
 */
@Singleton
class SystemActors {

    static final String SYSTEM_ID = "system";

    private final TenantService tenants;

    SystemActors(TenantService tenants) {
        this.tenants = tenants;
    }

    Optional<CurrentUser> forTenant(long tenantId) {
        return tenants.findById(tenantId)
                .filter(t -> t.active())
                .map(t -> new CurrentUser(SYSTEM_ID, null, "System", Set.of(Roles.TENANT_ADMIN), null, t));
    }
}
