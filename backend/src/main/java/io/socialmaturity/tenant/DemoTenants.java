package io.socialmaturity.tenant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Demo data for development and tests: the product's records of the organizations in the
 * {@code maturity} realm shipped in {@code infra/keycloak/}. Off with {@code MATURITY_DEMO_DATA=false}.
 */
@Singleton
@Requires(property = "maturity.demo-data.enabled", value = "true")
class DemoTenants {

    private final TenantService tenants;

    DemoTenants(TenantService tenants) {
        this.tenants = tenants;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        tenants.ensure("acme", "Acme Manufacturing", TenantKind.COMPANY, "manufacturing", "250-999", "IT");
        tenants.ensure("globex", "Globex Retail", TenantKind.COMPANY, "retail", "1000-4999", "DE");
        tenants.ensure("bright", "Bright Advisors", TenantKind.CONSULTANCY, "consulting", "10-49", "IT");
    }
}
